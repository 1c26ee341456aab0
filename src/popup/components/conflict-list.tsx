import type { Conflict, ConflictValue } from "../../core/conflict/types.ts";
import { outletName } from "../../core/outlets.ts";
import { formatDate, t, uiLanguage } from "../../ui/i18n.ts";
import { slotLabel } from "./slot-label.ts";

/** Conflicting details, each as "who says what": a value, the outlets that give it, their quotes. */
export function ConflictList({ conflicts, selfId }: { conflicts: Conflict[]; selfId: string }) {
  if (conflicts.length === 0) return <p class="empty">{t("noConflicts")}</p>;
  return (
    <ul id="conflicts" class="conflicts">
      {conflicts.map((c) => (
        <li key={`${c.kind}:${c.slot}`} data-kind={c.kind} data-slot={c.slot} class={`conflict ${c.severity}`}>
          <h3>
            {slotLabel(c.kind, c.slot)}
            {c.severity === "wording" ? <span class="tag">{t("wordingOnly")}</span> : null}
            {c.disputed ? <span class="tag">{t("disputed")}</span> : null}
          </h3>
          <ul class="values">
            {groupByValue(c.values).map(([value, givers]) => (
              <li key={value} class="value" data-value={value}>
                <strong dir="auto">{value}</strong>
                <ul class="givers">
                  {givers.map((v) => (
                    <li key={`${v.report}:${v.start ?? v.text}`} data-report-id={v.report}>
                      <span class="outlet">{v.report === selfId ? t("thisPage") : outletName(v.source, uiLanguage())}</span>
                      {v.attribution ? <span class="attribution">{t("accordingTo", v.attribution)}</span> : null}
                      {v.published ? <time dateTime={v.published}>{formatDate(v.published)}</time> : null}
                      <q dir="auto">{v.quote}</q>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function groupByValue(values: ConflictValue[]): [string, ConflictValue[]][] {
  const out = new Map<string, ConflictValue[]>();
  for (const v of values) out.set(v.value, [...(out.get(v.value) ?? []), v]);
  return [...out];
}
