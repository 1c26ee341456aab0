import { keyOf } from "../text/normalize.ts";
import { asShown } from "../extract/numbers.ts";

/**
 * The sentence around a span, cut to about `max` characters on word boundaries, with
 * invisible controls removed (it is shown in our UI: RELIABILITY.md T7) and decimals written
 * as the page's reader saw them («8.\u200F1» is 1.8: extract/numbers.ts).
 */
const SENTENCE_END = /[.!؟?\n]/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
/** «92.5 مليار»: a full stop between digits is a decimal point, not a sentence end. */
const endsAt = (text: string, i: number) => SENTENCE_END.test(text[i]!) && !(text[i] === "." && DIGIT.test(text[i - 1] ?? "") && DIGIT.test(text[i + 1] ?? ""));

export function quoteAround(text: string, start: number, end: number, max = 160): string {
  let from = start;
  while (from > 0 && !endsAt(text, from - 1) && start - from < max) from--;
  let to = end;
  while (to < text.length && !endsAt(text, to) && to - end < max) to++;
  if (to < text.length && text[to] !== "\n") to++;
  let quote = text.slice(from, to);
  if (quote.length > max) {
    const [spanStart, spanEnd] = [start - from, end - from];
    let left = Math.min(spanStart, Math.max(0, spanStart - Math.floor((max - (end - start)) / 2)));
    let right = Math.max(spanEnd, Math.min(quote.length, left + max));
    // whole words only, never into the span: «…لرمادي» was «بالرمادي» cut short
    while (left > 0 && left < spanStart && !SPACE.test(quote[left - 1]!)) left++;
    while (right < quote.length && right > spanEnd && !SPACE.test(quote[right]!)) right--;
    quote = `${left > 0 ? "…" : ""}${quote.slice(left, right).trim()}${right < quote.length ? "…" : ""}`;
  }
  return keyOf(asShown(quote), "display").trim();
}

const SPACE = /\s/u;
