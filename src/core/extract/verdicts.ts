import { baseForms } from "./clitics.ts";
import { Gap, type Doc } from "./doc.ts";
import {
  ACCUSED_AFTER, COURT_REACH, COURT_WORDS, INTRODUCED_REACH, PLACE_BEFORE, PRISON_REACH, PRISON_WORDS, TERM_INTRODUCERS, TERM_UNITS, UNGUARDED, VERDICTS,
  type Verdict,
} from "./model/verdicts.ts";

/**
 * Court sentences as a count slot ("sentence"): a prison term is its figure with its unit
 * («السجن 6 سنوات» → 6 years); death and life are sentences of their own unit; an acquittal
 * («حكما ببراءة 45 شخصا») is [0, 0], no sentence, which meets every other sentence of the
 * same person in another report.
 */
const prison = new Set(PRISON_WORDS);
const placeBefore = new Set(PLACE_BEFORE);
const court = new Set(COURT_WORDS);
/** with and without «ال»: every token is looked up, so no form is cut on the way */
const verdicts = new Map(VERDICTS.flatMap(([w, v]) => [[w, v], ["ال" + w, v]] as const));
const termUnits = new Set(TERM_UNITS);
const introducers = new Set(TERM_INTRODUCERS);
const accused = new Set(ACCUSED_AFTER);

/** The word at token i in its base forms: clitics and «ال» stripped. */
const forms = (doc: Doc, i: number) => baseForms(doc.readings[i]!);

/** The nearest of the `reach` tokens before `from` that is one of `words`, with no clause break between; -1 for none. */
function wordBefore(doc: Doc, from: number, reach: number, words: ReadonlySet<string>): number {
  for (let k = from - 1; k >= Math.max(0, from - reach - 1); k--) {
    if (doc.gaps[k]! >= Gap.Clause) return -1;
    if (forms(doc, k).some((f) => words.has(f))) return k;
  }
  return -1;
}

/** Is a figure of this unit starting at token `from` a prison term? */
export function isPrisonTerm(doc: Doc, from: number, unit: string): boolean {
  if (!termUnits.has(unit)) return false;
  const introduced = from > 0 && doc.gaps[from - 1]! < Gap.Clause && introducers.has(doc.tokens[from - 1]!.normal);
  const at = wordBefore(doc, from, introduced ? INTRODUCED_REACH : PRISON_REACH, prison);
  return at >= 0 && !(at > 0 && doc.gaps[at - 1]! < Gap.Clause && placeBefore.has(doc.tokens[at - 1]!.normal));
}

/** Is the one sentenced named right after token i: a word for the accused, or a number of them? */
function accusedAfter(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || doc.gaps[i]! >= Gap.Clause) return false;
  return next.kind === "number" || forms(doc, i + 1).some((f) => accused.has(f));
}

/** A sentence with no figure at token i: death, life or an acquittal; `cut`: the clitics before it («ببراءة»). */
export function verdictAt(doc: Doc, i: number): { verdict: Verdict; cut: number } | undefined {
  if (doc.tokens[i]!.kind !== "word") return undefined;
  for (const [f, cut] of doc.readings[i]!) {
    const verdict = verdicts.get(f);
    if (verdict) return UNGUARDED.has(verdict) || wordBefore(doc, i, COURT_REACH, court) >= 0 || accusedAfter(doc, i) ? { verdict, cut } : undefined;
  }
  return undefined;
}
