import { describe, expect, it } from "vitest";
import { weigh } from "./vector.ts";

/** The definition weigh must keep: every weight, a full sort (heaviest first, ties to the lower id), the first k, by id. */
function bySorting(counts: [number, number][], idf: (id: number) => number, k: number) {
  const entries = counts.map(([id, tf]) => [id, (1 + Math.log(tf)) * idf(id)] as const);
  const kept = [...entries].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k).sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(kept.reduce((s, e) => s + e[1] * e[1], 0)) || 1;
  return { ids: Uint32Array.from(kept, (e) => e[0]), weights: Float32Array.from(kept, (e) => e[1] / norm) };
}

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe("weigh", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("keeps the same features and weights as a full sort (random reports, seed %i)", (seed) => {
    const r = lcg(seed);
    const ids = [...new Set(Array.from({ length: 20 + Math.floor(r() * 400) }, () => Math.floor(r() * 5000)))];
    // few distinct idfs and counts, so that ties are common
    const counts = ids.map((id): [number, number] => [id, 1 + Math.floor(r() * 4)]);
    const idf = (id: number) => 1 + (id % 7);
    for (const k of [1, 8, 64, 1000]) expect(weigh(counts, idf, k)).toEqual(bySorting(counts, idf, k));
  });

  it("breaks a tie in weight by the lower id", () => {
    expect([...weigh([[30, 1], [10, 1], [20, 1]], () => 1, 2).ids]).toEqual([10, 20]);
  });

  it("scales what it keeps to unit length", () => {
    const { weights } = weigh([[1, 1], [2, 3], [3, 2]], (id) => id, 2);
    expect(weights.reduce((s, w) => s + w * w, 0)).toBeCloseTo(1, 6);
  });
});
