import { spanOf, type Doc } from "./doc.ts";
import { PLACE_BY_ID, placeIndex } from "./lexicon.ts";
import type { PlaceDetail } from "./types.ts";

/**
 * Places from the gazetteer (ARABIC.md §5, #31–#33): aliases cover fused toponyms
 * (البوكمال ≈ أبو كمال) and base names (عين الأسد ≈ قاعدة عين الأسد الجوية); the longest
 * alias wins, so the span covers «قاعدة عين الأسد الجوية» whole.
 */
export function ancestors(id: string): string[] {
  const out: string[] = [];
  const queue = [...(PLACE_BY_ID.get(id)?.within ?? [])];
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (out.includes(p)) continue;
    out.push(p);
    queue.push(...(PLACE_BY_ID.get(p)?.within ?? []));
  }
  return out;
}

/** How two gazetteer places relate: containment is compatible; disjoint places at one level conflict. */
export function placeRelation(a: string, b: string): "same" | "contains" | "within" | "disjoint" | "unknown" {
  if (!PLACE_BY_ID.has(a) || !PLACE_BY_ID.has(b)) return "unknown";
  if (a === b) return "same";
  if (ancestors(b).includes(a)) return "contains";
  if (ancestors(a).includes(b)) return "within";
  return "disjoint";
}

export function findPlaces(doc: Doc, claimed: Uint8Array): PlaceDetail[] {
  const out: PlaceDetail[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (claimed[i]) continue;
    const hit = placeIndex.matchAt(doc, i);
    if (!hit) continue;
    const p = hit.value;
    out.push({ ...spanOf(doc, i, hit.end, hit.cut), id: p.id, name: p.name, kind: p.kind, within: ancestors(p.id) });
    i = hit.end - 1;
  }
  return out;
}

