import { INVISIBLE_RANGES, SPACE_RANGES } from "../model/letters.ts";
import { inRanges } from "./ranges.ts";

/** Bidi controls and zero-width characters vanish; exotic spaces become a plain space. */
export function invisibles(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (inRanges(cp, INVISIBLE_RANGES)) continue;
    out += inRanges(cp, SPACE_RANGES) ? " " : ch;
  }
  return out;
}
