import { DIACRITIC_RANGES } from "../model/letters.ts";
import { inRanges } from "./ranges.ts";

/** Harakat, shadda, dagger alef and tatweel carry no identity in news text: drop them. */
export function diacritics(s: string): string {
  let out = "";
  for (const ch of s) if (!inRanges(ch.codePointAt(0)!, DIACRITIC_RANGES)) out += ch;
  return out;
}
