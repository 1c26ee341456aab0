import { keyOf } from "../text/normalize.ts";
import { CUT_MARKERS, MAX_MARKER_LINE, MIN_BODY_SHARE } from "./model/boilerplate.ts";

/**
 * The range of the report itself: everything before the first short line that opens a
 * related-articles list, a "read also" block (seed 002 appends a whole unrelated article
 * after «إقرأ أيضاً»), a share bar or the comments. Markers early in the text are
 * navigation, not an ending, and are ignored.
 */
const markers = CUT_MARKERS.map((m) => keyOf(m));
const LEAD = /^[\s\p{P}\p{S}]*/u;

export function mainTextRange(text: string): { start: number; end: number } {
  const minStart = Math.floor(text.length * MIN_BODY_SHARE);
  let at = text.indexOf("\n", minStart);
  while (at !== -1) {
    const lineStart = at + 1;
    const next = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, next === -1 ? text.length : next);
    if (line.trim().length > 0 && line.trim().length <= MAX_MARKER_LINE) {
      const key = keyOf(line).replace(LEAD, "");
      if (markers.some((m) => key.startsWith(m) && !/^[\p{L}\p{M}]/u.test(key.slice(m.length)))) {
        return { start: 0, end: text.slice(0, at).trimEnd().length };
      }
    }
    at = next;
  }
  return { start: 0, end: text.length };
}
