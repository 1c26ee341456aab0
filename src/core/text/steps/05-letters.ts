import { LETTER_FOLDS, NAME_FOLDS } from "../model/letters.ts";

/** Alef, yeh, teh marbuta and Persian/Urdu folds; Latin is lower-cased («F-16» = «f-16»). */
export function letters(s: string): string {
  let out = "";
  for (const ch of s) out += LETTER_FOLDS[ch] ?? ch.toLowerCase();
  return out;
}

/** Hamza seats for names (ؤ → و, ئ → ي, lone ء dropped). */
export function nameLetters(s: string): string {
  let out = "";
  for (const ch of s) out += NAME_FOLDS[ch] ?? ch;
  return out;
}
