import type { DbReport } from "./schema.ts";
import { VarintReader, VarintWriter } from "./varint.ts";

/**
 * The reports' match vectors, stored inverted, as matching reads them: for each feature,
 * the reports that have it (ascending) and their weights. Two sections: `postings`, the
 * number of pairs, then for each feature a varint count and varint gaps between report
 * numbers; `weights`, one byte per pair in the same order (apart, they compress better).
 * Read in one pass into the index's own typed arrays: nothing is rebuilt at load.
 */
export const WEIGHT_SCALE = 255;

export interface FeaturePostings {
  /** the postings of feature f are at [offsets[f], offsets[f+1]) */
  offsets: Uint32Array;
  /** report numbers, ascending within a feature */
  docs: Uint32Array;
  /** weights in 0..1 */
  weights: Float32Array;
}

export function encodePostings(p: FeaturePostings): { postings: Uint8Array; weights: Uint8Array } {
  const out = new VarintWriter();
  const weights = new Uint8Array(p.docs.length);
  out.uint(p.docs.length);
  for (let f = 0; f + 1 < p.offsets.length; f++) {
    out.uint(p.offsets[f + 1]! - p.offsets[f]!);
    let previous = 0;
    for (let k = p.offsets[f]!; k < p.offsets[f + 1]!; k++) {
      out.uint(p.docs[k]! - previous);
      previous = p.docs[k]!;
      weights[k] = Math.max(1, Math.min(WEIGHT_SCALE, Math.round(p.weights[k]! * WEIGHT_SCALE)));
    }
  }
  return { postings: out.finish(), weights };
}

/** Throws a plain Error naming what is wrong: truncated data, a report out of range, trailing bytes. */
export function decodePostings(postings: Uint8Array, weightBytes: Uint8Array, features: number, reports: number): FeaturePostings {
  const read = new VarintReader(postings);
  const pairs = read.uint();
  if (pairs !== weightBytes.length) throw new Error(`${pairs} pairs announced, ${weightBytes.length} weights`);
  const offsets = new Uint32Array(features + 1);
  const docs = new Uint32Array(pairs);
  let n = 0;
  for (let f = 0; f < features; f++) {
    const count = read.uint();
    if (count > pairs - n) throw new Error("more pairs than announced");
    let doc = 0;
    for (let k = 0; k < count; k++) {
      const gap = read.uint();
      doc += gap;
      if (doc >= reports || (k > 0 && gap === 0)) throw new Error(`feature ${f}: report out of range or repeated`);
      docs[n++] = doc;
    }
    offsets[f + 1] = n;
  }
  read.end();
  if (n !== pairs) throw new Error("fewer pairs than announced");
  const weights = new Float32Array(pairs);
  for (let k = 0; k < pairs; k++) {
    if (weightBytes[k] === 0) throw new Error("a weight of 0");
    weights[k] = weightBytes[k]! / WEIGHT_SCALE;
  }
  return { offsets, docs, weights };
}

/** A report's display headline: its title, or the lede kept when it has none. */
export function headlineOf(r: Pick<DbReport, "title" | "lede">): string {
  return r.title ?? r.lede ?? "";
}
