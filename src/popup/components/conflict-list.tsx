import type { Conflict, ConflictValue } from "../../core/conflict/types.ts";
import { t, tCount, uiLanguage } from "../../ui/i18n.ts";
import { slotLabel } from "../../ui/slot-label.ts";
import { valueText } from "../../ui/value-text.ts";
import { valuesOf } from "../../ui/conflict-values.ts";
import { Giver, giverName } from "./giver.tsx";

/**
 * Conflicting details, each as "who says what": every value once, the outlets that give
 * it, one quote in their words (the page's own when it gives that value), and the other
 * reports' quotes folded away: a toll that eleven reports repeat is one line, not eleven.
 * Factual conflicts come before differences of wording. Each can be dismissed by the
 * reader as not a real conflict (kept on this device, undone from the popup or options).
 */
export function ConflictList({
  conflicts,
  selfId,
  urls,
  dismiss,
}: {
  conflicts: Conflict[];
  selfId: string;
  urls: ReadonlyMap<string, string>;
  /** the reader says this is not a conflict (busy: a correction is on its way) */
  dismiss?: { onDismiss: (c: Conflict) => void; busy: boolean };
}) {
  if (conflicts.length === 0) return <p class="empty">{t("noConflicts")}</p>;
  return (
    <ul id="conflicts" class="conflicts">
      {[...conflicts].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "fact" ? -1 : 1)).map((c, i) => (
        <li key={`${c.kind}:${c.slot}:${i}`} data-kind={c.kind} data-slot={c.slot} class={`conflict ${c.severity}`}>
          <h3 id={`conflict-${i}`}>
            {slotLabel(c)}
            {c.severity === "wording" ? <span class="tag">{t("wordingOnly")}</span> : null}
            {c.disputed ? <span class="tag">{t("disputed")}</span> : null}
          </h3>
          <ul class="values">
            {valuesOf(c, selfId).map(({ value, givers }) => (
              <Value key={value} value={value} givers={givers} selfId={selfId} urls={urls} />
            ))}
          </ul>
          {dismiss ? (
            // described by its heading: a list of buttons then says which detail each one is about
            <button type="button" class="correct" aria-describedby={`conflict-${i}`} disabled={dismiss.busy} onClick={() => dismiss.onDismiss(c)}>
              {t("notAConflict")}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Value({ value, givers, selfId, urls }: { value: string; givers: ConflictValue[]; selfId: string; urls: ReadonlyMap<string, string> }) {
  const language = uiLanguage();
  const [first, ...rest] = givers;
  const name = (v: ConflictValue) => giverName(v, selfId);
  const outlets = [...new Set(givers.map(name))];
  return (
    <li class="value" data-value={value}>
      <strong dir="auto">{valueText(value)}</strong>
      <span class="meta"> · {tCount("valueReports", givers.length)}</span>
      {/* one outlet is named by its quote below; several are listed once here */}
      {outlets.length > 1 ? <p class="outlets">{outlets.join(language === "ar" ? "، " : ", ")}</p> : null}
      <ul class="givers">
        <Giver v={first!} name={name(first!)} href={urls.get(first!.report)} />
      </ul>
      {rest.length ? (
        <details>
          <summary>{tCount("moreQuotes", rest.length)}</summary>
          <ul class="givers">
            {rest.map((v) => (
              <Giver key={`${v.report}:${v.start ?? v.text}`} v={v} name={name(v)} href={urls.get(v.report)} />
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
