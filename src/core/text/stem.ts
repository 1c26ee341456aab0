import {
  CONJUNCTIONS, MIN_AFTER_CONJUNCTION, MIN_AFTER_PREFIX, MIN_AFTER_SUFFIX, PREFIXES, SUFFIXES,
} from "./model/affixes.ts";
import { STEM_PROTECTED } from "./model/stem-lexicon.ts";

/**
 * Light stemmer for TF-IDF features only (ARABIC.md §2). Input is a match-key word.
 * Lexicon first, so «الف» and «المانيا» survive; then one conjunction, one prefix and one
 * suffix, each only when enough letters remain. Callers never stem names or numbers.
 */
const protectedWords = new Set(STEM_PROTECTED);

export function stem(word: string): string {
  let w = word;
  if (protectedWords.has(w)) return w;
  for (const c of CONJUNCTIONS) {
    if (w.startsWith(c) && w.length - c.length >= MIN_AFTER_CONJUNCTION) {
      w = w.slice(c.length);
      break;
    }
  }
  if (protectedWords.has(w)) return w;
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= MIN_AFTER_PREFIX) {
      w = w.slice(p.length);
      break;
    }
  }
  if (protectedWords.has(w)) return w;
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_AFTER_SUFFIX) return w.slice(0, -s.length);
  }
  return w;
}
