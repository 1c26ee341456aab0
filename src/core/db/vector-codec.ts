import { fromBase64, toBase64 } from "../../shared/base64.ts";
import type { DbReport } from "./schema.ts";

/**
 * The reports' match vectors as one compact block: for each report, a varint count, then
 * (varint gap from the previous feature index, weight byte) pairs; base64 inside the JSON
 * body. Read in one pass into typed arrays: per-number JSON parsing and validation of two
 * million numbers took a second; this takes milliseconds.
 */
export const WEIGHT_SCALE = 255;

export interface Vectors {
  /** report r's pairs are at [offsets[r], offsets[r+1]) */
  offsets: Uint32Array;
  features: Uint32Array;
  weights: Float32Array;
}

/** `vectors[r]`: feature indexes ascending, weights in 0..1. */
export function encodeVectors(vectors: readonly { features: readonly number[]; weights: readonly number[] }[]): string {
  const bytes: number[] = [];
  const varint = (n: number) => {
    let v = n;
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  for (const v of vectors) {
    varint(v.features.length);
    let previous = 0;
    v.features.forEach((f, i) => {
      varint(f - previous);
      previous = f;
      bytes.push(Math.max(1, Math.min(WEIGHT_SCALE, Math.round(v.weights[i]! * WEIGHT_SCALE))));
    });
  }
  return toBase64(Uint8Array.from(bytes));
}

/** Throws a plain Error naming what is wrong: truncated data, a feature out of range, trailing bytes. */
export function decodeVectors(base64: string, reports: number, features: number): Vectors {
  const bytes = fromBase64(base64);
  let at = 0;
  const varint = () => {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new Error("vectors are truncated");
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
      if (scale > 2 ** 35) throw new Error("vectors hold a malformed number");
    }
  };
  const offsets = new Uint32Array(reports + 1);
  // every pair takes at least two bytes: an upper bound for the arrays, cut to size at the end
  const featureList = new Uint32Array(bytes.length >> 1);
  const weightList = new Float32Array(bytes.length >> 1);
  let n = 0;
  for (let r = 0; r < reports; r++) {
    const count = varint();
    let f = 0;
    for (let k = 0; k < count; k++) {
      f += varint();
      if (f >= features) throw new Error(`report ${r}: feature out of range`);
      if (at >= bytes.length) throw new Error("vectors are truncated");
      featureList[n] = f;
      weightList[n++] = bytes[at++]! / WEIGHT_SCALE;
    }
    offsets[r + 1] = n;
  }
  if (at !== bytes.length) throw new Error("vectors have trailing data");
  return { offsets, features: featureList.slice(0, n), weights: weightList.slice(0, n) };
}

/** A report's display headline: its title, or the lede kept when it has none. */
export function headlineOf(r: Pick<DbReport, "title" | "lede">): string {
  return r.title ?? r.lede ?? "";
}
