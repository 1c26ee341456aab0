import { detectArabic } from "../../core/text/detect.ts";
import { textSample } from "./text-sample.ts";

/**
 * The cheap gate: is this page Arabic? Most pages a reader opens are clearly one or the
 * other from their first few thousand characters, so a short sample decides when it is
 * clearly not Arabic (or is that short); only an unclear page pays for the full sample.
 */
const QUICK_CHARS = 3_000;
const QUICK_MIN_LETTERS = 300;
const CLEARLY_NOT_ARABIC = 0.15;

export function isArabicPage(doc: Document): boolean {
  const sample = textSample(doc, QUICK_CHARS);
  const quick = detectArabic(sample);
  // a sample shorter than asked for is the whole page: its verdict is final
  if (sample.length < QUICK_CHARS) return quick.isArabic;
  if (quick.letters >= QUICK_MIN_LETTERS && quick.arabicShare < CLEARLY_NOT_ARABIC) return false;
  return detectArabic(textSample(doc)).isArabic;
}
