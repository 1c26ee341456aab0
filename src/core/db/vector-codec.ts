import type { DbReport } from "./schema.ts";
import { VarintReader, VarintWriter } from "./varint.ts";

/**
 * The reports' match vectors as one compact section: the number of pairs, then for each
 * report a varint count and (varint gap from the previous feature index, weight byte)
 * pairs. Read in one pass into typed arrays of the announced size.
 */
export const WEIGHT_SCALE = 255;

export interface Vectors {
  /** report r's pairs are at [offsets[r], offsets[r+1]) */
  offsets: Uint32Array;
  /** feature indexes, ascending within a report */
  features: Uint32Array;
  /** weights in 0..1 */
  weights: Float32Array;
}

export function encodeVectors(v: Vectors): Uint8Array {
  const out = new VarintWriter();
  out.uint(v.features.length);
  for (let r = 0; r + 1 < v.offsets.length; r++) {
    out.uint(v.offsets[r + 1]! - v.offsets[r]!);
    let previous = 0;
    for (let p = v.offsets[r]!; p < v.offsets[r + 1]!; p++) {
      out.uint(v.features[p]! - previous);
      previous = v.features[p]!;
      out.byte(Math.max(1, Math.min(WEIGHT_SCALE, Math.round(v.weights[p]! * WEIGHT_SCALE))));
    }
  }
  return out.finish();
}

/** Throws a plain Error naming what is wrong: truncated data, a feature out of range, trailing bytes. */
export function decodeVectors(bytes: Uint8Array, reports: number, features: number): Vectors {
  const read = new VarintReader(bytes);
  const offsets = new Uint32Array(reports + 1);
  const pairs = read.uint();
  // every pair takes at least two bytes: a count beyond that is damage, not an allocation to make
  if (pairs > bytes.length >> 1) throw new Error("more pairs announced than the section holds");
  const featureList = new Uint32Array(pairs);
  const weightList = new Float32Array(pairs);
  let n = 0;
  for (let r = 0; r < reports; r++) {
    const count = read.uint();
    if (count > pairs - n) throw new Error("more pairs than announced");
    let f = 0;
    for (let k = 0; k < count; k++) {
      f += read.uint();
      if (f >= features || (k > 0 && f === featureList[n - 1])) throw new Error(`report ${r}: feature out of range or repeated`);
      featureList[n] = f;
      weightList[n++] = read.byte() / WEIGHT_SCALE;
    }
    offsets[r + 1] = n;
  }
  read.end();
  if (n !== pairs) throw new Error("fewer pairs than announced");
  return { offsets, features: featureList, weights: weightList };
}

/** A report's display headline: its title, or the lede kept when it has none. */
export function headlineOf(r: Pick<DbReport, "title" | "lede">): string {
  return r.title ?? r.lede ?? "";
}
