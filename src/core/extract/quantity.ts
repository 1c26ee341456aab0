import { nounAt } from "./count-context.ts";
import { Gap, type Doc } from "./doc.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";
import { withoutArticle } from "./clitics.ts";
import { BARE_AMOUNT_MIN, NOUN_UNIT, RANK_BEFORE, UNIT_PHRASES, UNITS, YEAR_BEFORE } from "./model/units.ts";
import { NUMBER_WORDS } from "./model/number-words.ts";
import { COORDINATORS } from "./model/quantities.ts";
import type { NumberHit } from "./numbers.ts";
import { PhraseIndex } from "./phrases.ts";

/**
 * The unit of a figure that is not a count (#19 lists money, %, years as non-counts): «64
 * مليار دولار», «9.5 بالمئة», «15 يوما», «المرتبة 28», a bare «77 مليار». Such a figure is a
 * quantity, compared across reports only with the same unit in a corresponding context.
 */
const unitPhrases = new PhraseIndex(UNIT_PHRASES);
const rankBefore = new Set(RANK_BEFORE);
const yearBefore = new Set(YEAR_BEFORE);
/** «9 بينهم 4 سيدات»: a partitive or a conjunction after a figure is no unit */
const notUnits = new Set([...STOPWORDS, ...COORDINATORS]);

export function quantityUnit(doc: Doc, hit: NumberHit, from: number): { unit: string; to: number } | undefined {
  // «عدة أعوام», «عشرات الدولارات»: a vague amount is no figure to compare
  if (hit.form === "vague") return undefined;
  const prev = doc.tokens[from - 1];
  const before = prev && doc.gaps[from - 1]! <= Gap.Dash ? prev.normal : "";
  const beforeTwo = from >= 2 && doc.gaps[from - 2]! <= Gap.Space ? `${doc.tokens[from - 2]!.normal} ${before}` : "";
  if (rankBefore.has(before) || rankBefore.has(beforeTwo)) return { unit: "rank", to: hit.end };
  if (yearBefore.has(before) && hit.form === "digits" && hit.min >= 1900 && hit.min <= 2100) return { unit: "calendar-year", to: hit.end };
  const next = doc.tokens[hit.end];
  const gapAfter = next ? doc.n.key.slice(doc.tokens[hit.end - 1]!.keyEnd, next.keyStart) : doc.n.key.slice(doc.tokens[hit.end - 1]!.keyEnd);
  if (gapAfter.trimStart().startsWith("%")) return { unit: "%", to: hit.end };
  if (!next || (doc.gaps[hit.end - 1]! > Gap.Space && !bracketed(doc, hit, gapAfter))) return undefined;
  const phrase = unitPhrases.matchAt(doc, hit.end, false);
  if (phrase) return { unit: phrase.value, to: phrase.end };
  const unit = UNITS.get(next.normal) ?? (next.normal.endsWith("ا") ? UNITS.get(next.normal.slice(0, -1)) : undefined);
  // «584 ألفاً عام 2013»: a unit word before a number designates it
  const designates = doc.tokens[hit.end + 1]?.kind === "number" && doc.gaps[hit.end]! <= Gap.Space;
  return unit && !designates ? { unit, to: hit.end + 1 } : undefined;
}

/** «بلغت (19.589.137) ريالا»: a figure set in brackets, its unit after them. */
function bracketed(doc: Doc, hit: NumberHit, gapAfter: string): boolean {
  const first = doc.tokens[hit.start]!;
  const before = doc.n.key.slice(hit.start > 0 ? doc.tokens[hit.start - 1]!.keyEnd : 0, first.keyStart);
  return gapAfter.trim() === ")" && before.trim().endsWith("(");
}

/**
 * «يصل لـ77 مليار»: a large figure with no unit, no counted noun and no victim verb. A
 * word right after it is what it measures («ستة مليارات فرنك»): then it is no bare amount.
 */
export function bareAmount(doc: Doc, hit: NumberHit): { unit: string; to: number } | undefined {
  if (hit.min < BARE_AMOUNT_MIN || hit.form === "vague" || nounAt(doc, hit.end, true)) return undefined;
  const next = doc.tokens[hit.end];
  const measured = next?.kind === "word" && !next.normal.startsWith("و") && !withoutArticle(next.normal) && !notUnits.has(next.normal);
  if (measured && doc.gaps[hit.end - 1]! <= Gap.Space) return undefined;
  return { unit: "", to: hit.end };
}

/**
 * «8 معلومات», «1670 دعوى», «25 حافلة»: a figure before an indefinite noun that is no
 * counted noun (those are counts) has that noun, stemmed, as its unit.
 */
export function nounUnit(doc: Doc, hit: NumberHit): { unit: string; to: number } | undefined {
  const next = doc.tokens[hit.end];
  // number words below a thousand may be ordinals or fractions («خمس الطلاب»)
  if (!next || (hit.form !== "digits" && !(hit.form === "words" && hit.min >= 1000)) || next.kind !== "word" || doc.gaps[hit.end - 1]! > Gap.Space) return undefined;
  // «في 2012 داخل…»: a year is no figure of things
  if (hit.form === "digits" && Number.isInteger(hit.min) && hit.min >= 1900 && hit.min <= 2100) return undefined;
  const w = next.normal;
  if (w.length < 3 || withoutArticle(w) || notUnits.has(w) || NUMBER_WORDS.has(w)) return undefined;
  return { unit: NOUN_UNIT + stem(w.endsWith("ا") ? w.slice(0, -1) : w), to: hit.end + 1 };
}

/** «209.020 عبوة», «٩٨.٢٧٨ مسافراً»: things counted come whole, so three decimals group thousands. */
export function wholeThings(doc: Doc, hit: NumberHit): number {
  const t = doc.tokens[hit.start]!;
  return hit.end === hit.start + 1 && t.kind === "number" && /^\d{1,3}\.\d{3}$/.test(t.normal) ? 1000 : 1;
}
