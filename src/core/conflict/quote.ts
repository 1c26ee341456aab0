import { keyOf } from "../text/normalize.ts";

/**
 * The sentence around a span, cut to about `max` characters on word boundaries, with
 * invisible controls removed (it is shown in our UI: RELIABILITY.md T7).
 */
const SENTENCE_END = /[.!؟?\n]/u;

export function quoteAround(text: string, start: number, end: number, max = 160): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!) && start - from < max) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!) && to - end < max) to++;
  if (to < text.length && text[to] !== "\n") to++;
  let quote = text.slice(from, to);
  if (quote.length > max) {
    const left = Math.max(0, start - from - Math.floor((max - (end - start)) / 2));
    quote = `${left > 0 ? "…" : ""}${quote.slice(left, left + max).trim()}${left + max < quote.length ? "…" : ""}`;
  }
  return keyOf(quote, "display").trim();
}
