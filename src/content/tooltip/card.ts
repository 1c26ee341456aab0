import type { Conflict } from "../../core/conflict/types.ts";
import { outletName } from "../../core/outlets.ts";
import { formatNumber, t, uiLanguage } from "../../ui/i18n.ts";
import { valuesOf } from "../../ui/conflict-values.ts";
import { slotLabel } from "../../ui/slot-label.ts";
import { valueText } from "../../ui/value-text.ts";
import { cleanText } from "./clean-text.ts";

/** Outlets named per value before "+N": the tooltip must stay small over the article. */
const MAX_OUTLETS = 6;

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
  tip.append(el("p", "head", `${t("conflictsHeading")} · ${slotLabel(conflict.kind, conflict.slot)}`));
  const values = el("ul", "values");
  const language = uiLanguage();
  for (const { value, givers } of valuesOf(conflict, selfId)) {
    const item = el("li", givers[0]!.report === selfId ? "value self" : "value");
    item.dataset.value = cleanText(value, 120);
    const strong = el("strong", undefined, cleanText(valueText(value), 120));
    strong.dir = "auto";
    // every outlet once (a toll eleven reports repeat is one line), one quote in their words
    const names = [...new Set(givers.map((g) => (g.report === selfId ? t("thisPage") : outletName(g.source, language))))];
    const outlets = el("p", "outlets");
    for (const name of names.slice(0, MAX_OUTLETS)) outlets.append(el("span", "outlet", cleanText(name, 80)));
    if (names.length > MAX_OUTLETS) outlets.append(el("span", "more", `+${formatNumber(names.length - MAX_OUTLETS)}`));
    const q = el("q", undefined, cleanText(givers[0]!.quote));
    q.dir = "auto";
    item.append(strong, outlets, q);
    values.append(item);
  }
  tip.append(values);
}
