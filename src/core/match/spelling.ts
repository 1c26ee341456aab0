import { SPELLING_VARIANTS } from "./model/spelling-variants.ts";

/** One spelling for words the tables list as variants; other words pass unchanged. */
export function canonicalSpelling(word: string): string {
  let w = word;
  for (const [variant, canonical] of SPELLING_VARIANTS) if (w.includes(variant)) w = w.replace(variant, canonical);
  return w;
}
