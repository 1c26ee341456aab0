import type { Conflict, ConflictValue } from "../../core/conflict/types.ts";
import { outletName } from "../../core/outlets.ts";
import { t, uiLanguage } from "../../ui/i18n.ts";
import { cleanText } from "./clean-text.ts";

/**
 * The tooltip's content for one conflict: each value, the outlets that give it and their
 * words. Built with createElement/textContent only: page and database text is never
 * parsed as HTML (RELIABILITY.md T1).
 */
export function fillCard(tip: HTMLElement, conflict: Conflict, selfId: string): void {
  const doc = tip.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  tip.replaceChildren();
  tip.append(el("p", "head", `${t("conflictsHeading")} · ${t(conflict.kind === "person" ? "slot_person" : "slot_count")}`));
  const values = el("ul", "values");
  const language = uiLanguage();
  for (const [value, givers] of groupByValue(conflict.values)) {
    const item = el("li", givers.some((g) => g.report === selfId) ? "value self" : "value");
    item.dataset.value = cleanText(value, 120);
    const strong = el("strong", undefined, cleanText(value, 120));
    strong.dir = "auto";
    const list = el("ul", "givers");
    for (const g of givers) {
      const li = el("li", "giver");
      li.append(el("span", "outlet", cleanText(g.report === selfId ? t("thisPage") : outletName(g.source, language), 80)));
      const q = el("q", undefined, cleanText(g.quote));
      q.dir = "auto";
      li.append(q);
      list.append(li);
    }
    item.append(strong, list);
    values.append(item);
  }
  tip.append(values);
}

function groupByValue(values: readonly ConflictValue[]): [string, ConflictValue[]][] {
  const out = new Map<string, ConflictValue[]>();
  for (const v of values) out.set(v.value, [...(out.get(v.value) ?? []), v]);
  return [...out];
}
