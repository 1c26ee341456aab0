import type { Segment } from "../collect/text-map.ts";

/** A position in a live text node. */
export interface Point {
  node: Text;
  offset: number;
}

/**
 * Text offsets [start, end) → live DOM points, possibly in different nodes. Ends that
 * fall on collapsed whitespace move inward to the nearest copied character. Null when
 * the span covers no copied character or an end has no live node (clone-only text).
 */
export function spanPoints(segments: readonly Segment[], start: number, end: number): { start: Point; end: Point } | null {
  if (!(start < end)) return null;
  const i = firstEndingAfter(segments, start);
  const j = lastStartingBefore(segments, end);
  const a = segments[i];
  const b = segments[j];
  if (!a || !b || i > j || !a.node || !b.node) return null;
  const s = Math.max(start, a.start);
  const e = Math.min(end, b.end);
  return { start: { node: a.node, offset: a.offset + (s - a.start) }, end: { node: b.node, offset: b.offset + (e - b.start) } };
}

/** Index of the first segment with end > pos (segments are sorted and disjoint). */
function firstEndingAfter(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment with start < pos, or -1. */
function lastStartingBefore(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
