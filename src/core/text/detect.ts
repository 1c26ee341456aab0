import { ARABIC_SCRIPT_RANGES } from "./model/script.ts";
import { PERSIAN_URDU_LETTERS } from "./model/letters.ts";
import { inRanges } from "./steps/ranges.ts";

/**
 * Is this text Arabic? The share of Arabic-script letters among all letters, with
 * Persian/Urdu-only letters (پ چ ژ گ ی ک ے …) counted against it: they are common in
 * Persian and Urdu and almost absent from Arabic news (ARABIC.md #10). Checked on raw text.
 */
export interface ScriptProfile {
  letters: number;
  arabic: number;
  persianUrdu: number;
}

export interface ArabicVerdict extends ScriptProfile {
  isArabic: boolean;
  /** share of Arabic-script letters among all letters, 0..1 */
  arabicShare: number;
}

export const DETECT_DEFAULTS = {
  /** fewer letters than this is too little evidence */
  minLetters: 40,
  /** at least this share of letters must be Arabic script */
  minArabicShare: 0.5,
  /** more Persian/Urdu-only letters than this share of Arabic-script letters means not Arabic */
  maxPersianUrduShare: 0.01,
  /** only this many leading UTF-16 units are read: the verdict is a cheap gate */
  maxChars: 20_000,
};

const persianUrdu = new Set(Array.from(PERSIAN_URDU_LETTERS, (c) => c.codePointAt(0)!));
const LETTER_RE = /\p{L}/u;

export function scriptProfile(text: string, maxChars = DETECT_DEFAULTS.maxChars): ScriptProfile {
  let letters = 0;
  let arabic = 0;
  let pu = 0;
  const end = Math.min(text.length, maxChars);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
      continue;
    }
    if (inRanges(c, ARABIC_SCRIPT_RANGES)) {
      letters++;
      arabic++;
      if (persianUrdu.has(c)) pu++;
    } else if (LETTER_RE.test(text[i]!)) letters++;
  }
  return { letters, arabic, persianUrdu: pu };
}

export function detectArabic(text: string, options: Partial<typeof DETECT_DEFAULTS> = {}): ArabicVerdict {
  const o = { ...DETECT_DEFAULTS, ...options };
  const p = scriptProfile(text, o.maxChars);
  const arabicShare = p.letters === 0 ? 0 : p.arabic / p.letters;
  const isArabic =
    p.letters >= o.minLetters && arabicShare >= o.minArabicShare && p.persianUrdu <= p.arabic * o.maxPersianUrduShare;
  return { ...p, arabicShare, isArabic };
}
