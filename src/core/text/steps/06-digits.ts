import { DIGIT_BLOCKS } from "../model/letters.ts";

/** Arabic-Indic and Persian digits become ASCII; ٪ becomes %. ٫ and ٬ wait for 07 (context). */
export function digits(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find((b) => cp >= b && cp <= b + 9);
    out += block === undefined ? (cp === 0x066a ? "%" : ch) : String.fromCharCode(0x30 + cp - block);
  }
  return out;
}
