/**
 * A short lede for reports without a title: the first sentence of the text, cut at a
 * word boundary. Display text only, with invisible controls removed (RELIABILITY.md T7).
 */
import { keyOf } from "../text/normalize.ts";

const SENTENCE_END = /[.!؟?\n]/u;

export function ledeOf(text: string, maxLength = 160): string {
  const clean = keyOf(text, "display").trim();
  const end = clean.search(SENTENCE_END);
  const first = (end > 20 ? clean.slice(0, end + 1) : clean).trim();
  if (first.length <= maxLength) return first;
  const cut = first.lastIndexOf(" ", maxLength - 1);
  return `${first.slice(0, cut > maxLength / 2 ? cut : maxLength - 1)}…`;
}
