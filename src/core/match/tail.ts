import { TAIL_MARKERS, TAIL_MIN_SHARE } from "./model/tail-markers.ts";

/**
 * The text up to the first related-list heading in its second half, wherever the heading
 * stands in its line: the teasers after it are other stories, and left in a vector they
 * make a page resemble those stories (UnifiedFC article queries: recall 0.26 → 0.30 at the
 * shipped threshold, same precision).
 */
const FOLD: Readonly<Record<string, string>> = { ا: "[اأإآ]", أ: "[اأإآ]", إ: "[اأإآ]", آ: "[اأإآ]", ة: "[ةه]", ه: "[ةه]", ي: "[يى]", ى: "[يى]" };
const tail = new RegExp(TAIL_MARKERS.map((m) => [...m].map((c) => FOLD[c] ?? c).join("")).join("|"), "u");

export function withoutTail(text: string): string {
  const from = Math.floor(text.length * TAIL_MIN_SHARE);
  const found = tail.exec(text.slice(from));
  return found ? text.slice(0, from + found.index).trimEnd() : text;
}
