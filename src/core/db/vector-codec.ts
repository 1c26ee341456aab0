import type { DbReport } from "./schema.ts";
import { VarintReader, VarintWriter } from "./varint.ts";

/**
 * The reports' match vectors, stored inverted, as matching reads them: for each feature,
 * the reports that have it (ascending) and their weights. Two sections: `postings`, the
 * number of pairs, the width w of a gap in bytes (as many as the largest report number
 * needs), each feature's count of pairs (varints), then the gaps between report numbers
 * as w byte planes (every gap's low byte, then every gap's next byte…); `weights`, one
 * byte per pair in the same order, which the index reads as they are in the file. Planes
 * compress better than varints (3.1 against 3.4 MB) and read in a few flat loops.
 */
export const WEIGHT_SCALE = 255;
/** A weight's byte (1..255) as the weight in 0..1 that scoring multiplies: read through this table, the weights need no array of their own. */
export const WEIGHT_OF_BYTE = Float32Array.from({ length: 256 }, (_, b) => b / WEIGHT_SCALE);
export const weightByte = (w: number): number => Math.max(1, Math.min(WEIGHT_SCALE, Math.round(w * WEIGHT_SCALE)));

export interface FeaturePostings {
  /** the postings of feature f are at [offsets[f], offsets[f+1]) */
  offsets: Uint32Array;
  /** report numbers, ascending within a feature */
  docs: Uint32Array;
  /** weights as bytes 1..255 (WEIGHT_OF_BYTE) */
  weights: Uint8Array;
}

export function encodePostings(p: FeaturePostings): { postings: Uint8Array; weights: Uint8Array } {
  const pairs = p.docs.length;
  let width = 1;
  for (const doc of p.docs) while (doc >= 2 ** (8 * width)) width++;
  const out = new VarintWriter();
  out.uint(pairs);
  out.uint(width);
  const gaps = new Uint32Array(pairs);
  for (let f = 0; f + 1 < p.offsets.length; f++) {
    out.uint(p.offsets[f + 1]! - p.offsets[f]!);
    for (let k = p.offsets[f]!; k < p.offsets[f + 1]!; k++) {
      gaps[k] = p.docs[k]! - (k > p.offsets[f]! ? p.docs[k - 1]! : 0);
    }
  }
  for (let b = 0; b < width; b++) out.append(Uint8Array.from(gaps, (g) => (g >>> (8 * b)) & 0xff));
  return { postings: out.finish(), weights: p.weights };
}

/** Throws a plain Error naming what is wrong: truncated data, a report out of range, trailing bytes. */
export function decodePostings(postings: Uint8Array, weightBytes: Uint8Array, features: number, reports: number): FeaturePostings {
  const read = new VarintReader(postings);
  const pairs = read.uint();
  if (pairs !== weightBytes.length) throw new Error(`${pairs} pairs announced, ${weightBytes.length} weights`);
  const width = read.uint();
  if (width < 1 || width > 4) throw new Error(`gaps of ${width} bytes`);
  const offsets = new Uint32Array(features + 1);
  for (let f = 0; f < features; f++) {
    const count = read.uint();
    if (count > pairs - offsets[f]!) throw new Error("more pairs than announced");
    offsets[f + 1] = offsets[f]! + count;
  }
  if (offsets[features] !== pairs) throw new Error("fewer pairs than announced");
  const docs = new Uint32Array(pairs);
  for (let b = 0; b < width; b++) {
    const plane = read.take(pairs);
    const shift = 8 * b;
    for (let k = 0; k < pairs; k++) docs[k] = docs[k]! | (plane[k]! << shift);
  }
  read.end();
  // gaps to report numbers; a feature's reports ascend, so its last is its largest
  for (let f = 0; f < features; f++) {
    const end = offsets[f + 1]!;
    let k = offsets[f]!;
    if (k === end) continue;
    let doc = docs[k]!;
    while (++k < end) {
      const gap = docs[k]!;
      if (gap === 0) throw new Error(`feature ${f}: a report repeated`);
      docs[k] = doc += gap;
    }
    if (doc >= reports) throw new Error(`feature ${f}: report out of range`);
  }
  if (weightBytes.indexOf(0) >= 0) throw new Error("a weight of 0");
  return { offsets, docs, weights: weightBytes };
}

/** A report's display headline: its title, or the lede kept when it has none. */
export function headlineOf(r: Pick<DbReport, "title" | "lede">): string {
  return r.title ?? r.lede ?? "";
}
