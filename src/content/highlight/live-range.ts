import type { TextMap } from "../collect/text-map.ts";
import { walkText } from "../collect/walk.ts";
import { spanPoints, type Point } from "./span-points.ts";

/** A span of the text we sent: offsets and the characters expected there. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Largest subtree searched again for a span that moved (characters). */
const SEARCH_LIMIT = 400_000;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A live Range for a span, checked before use: the page may have changed since its text
 * was read. If the mapped place no longer holds the expected text, the text is searched
 * near it (its block, then the article's scope); if it is gone, null: skip it.
 */
export function liveRange(doc: Document, map: TextMap, span: Span, scope: Node): Range | null {
  const pts = spanPoints(map.segments, span.start, span.end);
  const expected = collapse(span.text);
  if (!expected) return null;
  if (pts) {
    const r = rangeAt(doc, pts.start, pts.end);
    if (r && collapse(r.toString()) === expected) return r;
  }
  const near = pts ? blockOf(pts.start.node) : null;
  return (near && search(doc, near, expected, 0)) || (scope.isConnected ? search(doc, scope, expected, span.start) : null);
}

function rangeAt(doc: Document, a: Point, b: Point): Range | null {
  if (!a.node.isConnected || !b.node.isConnected) return null;
  if (a.offset > a.node.length || b.offset > b.node.length) return null;
  try {
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r.collapsed ? null : r;
  } catch {
    return null; // the page moved the nodes into another order
  }
}

function blockOf(node: Text): Element | null {
  if (!node.isConnected) return null;
  const el = node.parentElement?.closest("p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, figcaption, dd, dt");
  return el ?? node.parentElement;
}

/** The occurrence of `expected` in `root`'s text nearest to `near`, as a live Range. */
function search(doc: Document, root: Node, expected: string, near: number): Range | null {
  const map = walkText(root, { limit: SEARCH_LIMIT });
  let best = -1;
  for (let at = map.text.indexOf(expected); at >= 0; at = map.text.indexOf(expected, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    else break; // occurrences only get farther from here
  }
  if (best < 0) return null;
  const pts = spanPoints(map.segments, best, best + expected.length);
  return pts ? rangeAt(doc, pts.start, pts.end) : null;
}
