/**
 * Sparse TF-IDF vectors: sublinear tf × smoothed idf, cut to the `topK` heaviest
 * features and L2-normalized after the cut, so that a report's distinctive terms carry
 * its whole weight and a dot product of two vectors is their cosine.
 */
export interface SparseVector {
  /** feature ids, ascending */
  ids: Uint32Array;
  weights: Float32Array;
}

export function idfOf(documentFrequency: number, documents: number): number {
  return Math.log((documents + 1) / (documentFrequency + 1)) + 1;
}

export function weigh(counts: Iterable<[number, number]>, idf: (id: number) => number, topK: number): SparseVector {
  const entries: [number, number][] = [];
  for (const [id, tf] of counts) entries.push([id, (1 + Math.log(tf)) * idf(id)]);
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = entries.slice(0, topK).sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(kept.reduce((s, e) => s + e[1] * e[1], 0)) || 1;
  return {
    ids: Uint32Array.from(kept, (e) => e[0]),
    weights: Float32Array.from(kept, (e) => e[1] / norm),
  };
}
