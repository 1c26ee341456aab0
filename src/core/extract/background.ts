import { Gap, gapText, type Doc } from "./doc.ts";
import { BACKGROUND_OPENERS, BACKGROUND_PHRASES, CE_MARK, YEAR_LEADS } from "./model/background-cues.ts";
import { PhraseIndex } from "./phrases.ts";

/**
 * Sentence numbers of a report's background sentences (model/background-cues.ts): an
 * earlier incident or a running total, not the event the report is about. Earlier years
 * count only when the publication year is known.
 */
const openers = new Set(BACKGROUND_OPENERS);
const phrases = new PhraseIndex(BACKGROUND_PHRASES.map((p) => [p, true] as const));
const yearLeads = new Set(YEAR_LEADS);

export function backgroundSentences(doc: Doc, publishedYear?: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (out.has(doc.sentence[i]!)) continue;
    const opens = i === 0 || doc.gaps[i - 1]! === Gap.Sentence;
    if ((opens && openers.has(doc.tokens[i]!.normal)) || phrases.matchAt(doc, i, false) || earlierYear(doc, i, publishedYear)) out.add(doc.sentence[i]!);
  }
  return out;
}

/** «في 2012», «عام 2011م»: a year before the report's own dates its sentence in the past. */
const FIRST_YEAR = 1900;
function earlierYear(doc: Doc, i: number, publishedYear: number | undefined): boolean {
  const t = doc.tokens[i]!;
  if (publishedYear === undefined || t.kind !== "number" || !/^\d{4}$/.test(t.normal)) return false;
  const year = Number(t.normal);
  if (year < FIRST_YEAR || year >= publishedYear) return false;
  return (i > 0 && yearLeads.has(doc.tokens[i - 1]!.normal) && doc.gaps[i - 1]! <= Gap.Space) || (doc.tokens[i + 1]?.normal === CE_MARK && gapText(doc, i) === "");
}
