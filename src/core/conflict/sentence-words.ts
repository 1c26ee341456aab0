import { baseForms } from "../extract/clitics.ts";
import { makeDoc, type Doc } from "../extract/doc.ts";

/**
 * A stored figure's sentence read once for the checks that compare it with another's
 * (incident.ts, occasion.ts): its doc, and each token's base forms (clitics and «ال» off).
 * The same sentence comes back for every pair its figures are in.
 */
export interface SentenceWords {
  doc: Doc;
  forms: string[][];
}

const cache = new Map<string, SentenceWords>();
const CACHE_MAX = 4096;

export function sentenceWords(sentence: string): SentenceWords {
  let found = cache.get(sentence);
  if (found) return found;
  const doc = makeDoc(sentence, 0, sentence.length);
  found = { doc, forms: doc.readings.map(baseForms) };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(sentence, found);
  return found;
}
