import type { Token } from "../text/tokenize.ts";
import { hash53Joined } from "../../shared/hash.ts";
import { canonicalSpelling } from "./spelling.ts";

/**
 * Word 5-shingles, hashed: two reports that share several are copies of the same wire
 * text, the strongest sign of one event and the mark of a reprint (issue 4: ten reprints
 * of one Reuters story are not ten confirmations). Function words are kept: they make
 * the phrase.
 */
export const SHINGLE_SIZE = 5;

export function shingleHashes(tokens: readonly Token[]): Uint32Array {
  return shingleSet(shingleSequence(tokens.filter((t) => t.kind === "word")));
}

/** The hash of the shingle starting at each of these words, in text order (none for the last four). */
export function shingleSequence(words: readonly Token[]): Uint32Array {
  const spelled = words.map((t) => canonicalSpelling(t.normal));
  const out = new Uint32Array(Math.max(0, spelled.length - SHINGLE_SIZE + 1));
  for (let i = 0; i < out.length; i++) out[i] = hash53Joined(spelled, i, i + SHINGLE_SIZE, " ") >>> 0;
  return out;
}

/** Number of hashes two sorted sets share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** The hashes of a shingle sequence, sorted, each once (a copy: the sequence keeps its order). */
export function shingleSet(sequence: Uint32Array): Uint32Array {
  const a = sequence.slice().sort();
  let w = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) a[w++] = a[i]!;
  return a.slice(0, w);
}
