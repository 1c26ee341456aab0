import { tokenize } from "../text/tokenize.ts";
import { NEW_WORDS, RISE_WORDS, TOLL_NOUNS } from "./model/toll-rise.ts";

/**
 * Does a sentence tell its toll as a rise over an earlier one («ارتفاع حصيلة الضحايا إلى
 * 46 قتيلا»)? Such a sentence is an update of an earlier report's lower figure even when
 * the two sentences are worded apart.
 */
const bare = (w: string) => w.replace(/^[وفل]?(?:ال)?/, "");

export function toldAsRise(quote: string): boolean {
  const words = tokenize(quote).tokens.map((t) => bare(t.normal));
  return words.some((w, i) => {
    const next = words[i + 1] ?? "";
    return (RISE_WORDS.has(w) && TOLL_NOUNS.has(next)) || (TOLL_NOUNS.has(w) && NEW_WORDS.has(next));
  });
}
