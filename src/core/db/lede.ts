/**
 * A short lede for reports without a title: the first sentence of the first line that
 * reads as prose (datelines such as «أغسطس 6, 2024آخر تحديث: …» are skipped), cut at a
 * word boundary. Display text only, with invisible controls removed (RELIABILITY.md T7).
 */
import { keyOf } from "../text/normalize.ts";

// a full stop followed by a space or the end: «2.5 مليون» has no sentence end in it
const SENTENCE_END = /[.!؟?](?=\s|$)/u;
const MIN_WORDS = 8;

export function ledeOf(text: string, maxLength = 160): string {
  const lines = keyOf(text, "display").split("\n").map((l) => l.trim()).filter(Boolean);
  const prose = lines.find((l) => l.split(/\s+/).length >= MIN_WORDS) ?? lines[0] ?? "";
  const end = prose.search(SENTENCE_END);
  const first = (end > 20 ? prose.slice(0, end + 1) : prose).trim();
  if (first.length <= maxLength) return first;
  const cut = first.lastIndexOf(" ", maxLength - 1);
  return `${first.slice(0, cut > maxLength / 2 ? cut : maxLength - 1)}…`;
}
