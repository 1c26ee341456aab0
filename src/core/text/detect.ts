import { ARABIC_SCRIPT_RANGES } from "./model/script.ts";
import { PERSIAN_URDU_LETTERS } from "./model/letters.ts";

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

const LETTER_RE = /\p{L}/u;
const ARABIC = 1;
const PERSIAN_URDU = 2;

// Lookup tables for the two blocks Arabic script lives in (U+0600–08FF, U+FB50–FEFF):
// the gate reads 20,000 characters on every page, so one array read per character.
const MAIN_BLOCK = 0x0600;
const FORMS_BLOCK = 0xfb50;
const mainBlock = new Uint8Array(0x0900 - MAIN_BLOCK);
const formsBlock = new Uint8Array(0xff00 - FORMS_BLOCK);
for (const [lo, hi] of ARABIC_SCRIPT_RANGES) {
  for (let c = lo; c <= hi; c++) {
    if (c < 0x0900) mainBlock[c - MAIN_BLOCK] = ARABIC;
    else if (c >= FORMS_BLOCK && c < 0xff00) formsBlock[c - FORMS_BLOCK] = ARABIC;
  }
}
for (const ch of PERSIAN_URDU_LETTERS) mainBlock[ch.codePointAt(0)! - MAIN_BLOCK] = PERSIAN_URDU;

function arabicClass(c: number): number {
  if (c >= MAIN_BLOCK && c < 0x0900) return mainBlock[c - MAIN_BLOCK]!;
  if (c >= FORMS_BLOCK && c < 0xff00) return formsBlock[c - FORMS_BLOCK]!;
  return 0;
}

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
    const k = arabicClass(c);
    if (k !== 0) {
      letters++;
      arabic++;
      if (k === PERSIAN_URDU) pu++;
    } else if (c >= 0xc0 && (c < 0x2000 || c > 0x2bff) && LETTER_RE.test(text[i]!)) letters++; // punctuation and symbols are no letters
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
