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
  const ids: number[] = [];
  const raw: number[] = [];
  for (const [id, tf] of counts) {
    ids.push(id);
    raw.push((1 + Math.log(tf)) * idf(id));
  }
  const kept = heaviest(ids, raw, topK).sort((a, b) => ids[a]! - ids[b]!);
  let sum = 0;
  for (const k of kept) sum += raw[k]! * raw[k]!;
  const norm = Math.sqrt(sum) || 1;
  return {
    ids: Uint32Array.from(kept, (k) => ids[k]!),
    weights: Float32Array.from(kept, (k) => raw[k]! / norm),
  };
}

/**
 * Positions of the `k` heaviest entries, ties to the lower id (a strict order, so the set
 * is the one a full sort would keep), in no particular order. A bounded heap with the
 * weakest kept entry on top: the compiler weighs 30,000 reports of ~300 features for 64.
 */
function heaviest(ids: readonly number[], w: readonly number[], k: number): number[] {
  const n = ids.length;
  k = Math.max(0, Math.floor(k));
  if (k === 0) return [];
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  const weaker = (a: number, b: number) => w[a]! < w[b]! || (w[a] === w[b] && ids[a]! > ids[b]!);
  const heap: number[] = [];
  const siftDown = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      if (l >= heap.length) return;
      const c = l + 1 < heap.length && weaker(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!weaker(heap[c]!, heap[at]!)) return;
      [heap[c], heap[at]] = [heap[at]!, heap[c]!];
      at = c;
    }
  };
  for (let i = 0; i < k; i++) heap.push(i);
  for (let at = (k >> 1) - 1; at >= 0; at--) siftDown(at);
  for (let i = k; i < n; i++) {
    if (!weaker(heap[0]!, i)) continue;
    heap[0] = i;
    siftDown(0);
  }
  return heap;
}
