/**
 * Letter tables for the normalizer. Tables only: what each step removes or folds.
 * Sources: CAMeL Tools `normalize.py` / `arclean_map.json` (MIT) and Lucene
 * `ArabicNormalizer` (Apache-2.0) for the folds; Unicode 15 for the ranges.
 * Not here: any context rule (decimal and thousands separators live in 07-separators).
 */

/** Code points mapped before NFKC, because NFKC alone gives the Farsi yeh («ریال»). */
export const PRE_MAP: Readonly<Record<number, string>> = {
  0xfdfc: "ريال", // ﷼ RIAL SIGN
  0xfdfd: "بسم الله الرحمن الرحيم", // ﷽
};

/** Invisible format characters removed from every preset (Trojan Source controls included). */
export const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // LRE RLE PDF LRO RLO
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x2069], // LRI RLI FSI PDI
  [0x061c, 0x061c], // ARABIC LETTER MARK
  [0xfeff, 0xfeff], // BOM / ZWNBSP
  [0x00ad, 0x00ad], // soft hyphen
];

/** Spaces that become a plain space. */
export const SPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00a0],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/** Arabic diacritics (harakat, shadda, sukun, Quranic marks, dagger alef) and tatweel. */
export const DIACRITIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06ed],
  [0x0640, 0x0640], // tatweel
  [0x08d3, 0x08ff], // extended Arabic marks
];

/** Folds applied to match keys: alef forms, alef maqsura, taa marbuta, Persian/Urdu letters. */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ى": "ي", "ی": "ي", "ې": "ي", "ے": "ي", "ۓ": "ي",
  "ة": "ه", "ۀ": "ه", "ہ": "ه", "ە": "ه", "ھ": "ه",
  "ک": "ك", "ڪ": "ك", "گ": "ك",
  "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
};

/**
 * Hamza seats, folded for names only: ISRI's authors note that full hamza folding
 * "increases ambiguity" for ordinary words (سئل/سيل), but name spellings vary freely.
 */
export const NAME_FOLDS: Readonly<Record<string, string>> = { "ؤ": "و", "ئ": "ي", "ء": "" };

/** Arabic-Indic (U+0660) and Extended Arabic-Indic / Persian (U+06F0) digit blocks. */
export const DIGIT_BLOCKS: readonly number[] = [0x0660, 0x06f0];

/** Letters that Persian and Urdu use and Arabic does not (ARABIC.md #10): checked on raw text. */
export const PERSIAN_URDU_LETTERS = "پچژگیکےںۀٹڈڑھۓہ";
