import type { DbReport } from "./schema.ts";

/** Weights are stored as integers 1…255 (a byte's worth of precision is plenty for a cosine). */
export const WEIGHT_SCALE = 255;

/** Calls `each(featureIndex, weight)` for every pair of a stored vector, undoing the gap coding. */
export function forEachFeature(v: DbReport["v"], each: (feature: number, weight: number) => void): void {
  let f = 0;
  for (let k = 0; k < v.length; k += 2) {
    f += v[k]!;
    each(f, v[k + 1]! / WEIGHT_SCALE);
  }
}

/** A report's display headline: its title, or the lede kept when it has none. */
export function headlineOf(r: Pick<DbReport, "title" | "lede">): string {
  return r.title ?? r.lede ?? "";
}
