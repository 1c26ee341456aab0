import type { Agreement, Conflict } from "../../core/conflict/types.ts";
import { outletName, UNKNOWN_OUTLET } from "../../core/outlets.ts";
import { formatNumber, t, tCount, uiLanguage } from "../../ui/i18n.ts";
import { valuesOf } from "../../ui/conflict-values.ts";
import { slotLabel } from "../../ui/slot-label.ts";
import { valueText } from "../../ui/value-text.ts";
import type { PageMark } from "../highlight/page-marks.ts";
import { cleanText } from "./clean-text.ts";

/** Outlets named per value before "+N": the tooltip must stay small over the article. */
const MAX_OUTLETS = 6;

/** What the card needs besides the mark: this page's report id, and each report's outlet. */
export interface CardContext {
  selfId: string;
  sourceOf: (reportId: string) => string | undefined;
}

/**
 * The tooltip's content for one highlight. Built with createElement/textContent only:
 * page and database text is never parsed as HTML (RELIABILITY.md T1).
 */
export function fillCard(tip: HTMLElement, mark: PageMark, ctx: CardContext): void {
  tip.replaceChildren();
  if (mark.kind === "conflict") conflictCard(tip, mark.conflict, ctx.selfId);
  else confirmedCard(tip, mark.agreement, ctx);
}

/** Each value, the outlets that give it (every outlet once: a toll eleven reports repeat is one line), one quote in their words. */
function conflictCard(tip: HTMLElement, conflict: Conflict, selfId: string): void {
  const el = maker(tip);
  tip.append(el("p", "head", `${t("conflictsHeading")} · ${slotLabel(conflict)}`));
  const values = el("ul", "values");
  const language = uiLanguage();
  for (const { value, givers } of valuesOf(conflict, selfId)) {
    const item = el("li", givers[0]!.report === selfId ? "value self" : "value");
    item.dataset.value = cleanText(value, 120);
    const strong = el("strong", undefined, cleanText(valueText(value), 120));
    strong.dir = "auto";
    const names = givers.map((g) => (g.report === selfId ? t("thisPage") : outletName(g.source, language)));
    const q = el("q", undefined, cleanText(givers[0]!.quote));
    q.dir = "auto";
    item.append(strong, outletLine(el, names), q);
    values.append(item);
  }
  tip.append(values);
}

/** The value and the other outlets that give it too. */
function confirmedCard(tip: HTMLElement, agreement: Agreement, ctx: CardContext): void {
  const el = maker(tip);
  tip.append(el("p", "head confirmed", `${t("agreementsHeading")} · ${slotLabel(agreement)}`));
  const values = el("ul", "values");
  const item = el("li", "value self");
  item.dataset.value = cleanText(agreement.value, 120);
  const strong = el("strong", undefined, cleanText(valueText(agreement.value), 120));
  strong.dir = "auto";
  const others = agreement.reports.filter((r) => r !== ctx.selfId);
  const language = uiLanguage();
  const names = others.map((r) => outletName(ctx.sourceOf(r) ?? UNKNOWN_OUTLET, language));
  item.append(strong, el("p", "meta", tCount("confirmedBy", agreement.voices)), outletLine(el, names));
  values.append(item);
  tip.append(values);
}

type Maker = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => HTMLElementTagNameMap[K];

function maker(tip: HTMLElement): Maker {
  const doc = tip.ownerDocument;
  return (tag, cls, text) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
}

function outletLine(el: Maker, names: readonly string[]): HTMLElement {
  const unique = [...new Set(names)];
  const line = el("p", "outlets");
  for (const name of unique.slice(0, MAX_OUTLETS)) line.append(el("span", "outlet", cleanText(name, 80)));
  if (unique.length > MAX_OUTLETS) line.append(el("span", "more", `+${formatNumber(unique.length - MAX_OUTLETS)}`));
  return line;
}
