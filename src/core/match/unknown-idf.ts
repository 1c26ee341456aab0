/**
 * The idf a page's feature gets when the database's vocabulary lacks it. The vocabulary
 * holds only features some stored vector kept among its top ones, so a missing feature was
 * either never seen or too common to make any report's top features; on a real page the
 * second is far more frequent (menus, common verbs). Weighing it as the rarest feature let
 * a page's unknown words crowd its known ones out of its own top features (UnifiedFC
 * article queries: recall 0.06); as a common word, it still lowers the cosine a little.
 */
const QUANTILE = 0.1;
const cache = new WeakMap<ArrayLike<number>, number>();

export function unknownFeatureIdf(idf: ArrayLike<number>): number {
  let value = cache.get(idf);
  if (value === undefined) {
    const sorted = Float64Array.from(idf).sort();
    value = sorted.length ? sorted[Math.floor(sorted.length * QUANTILE)]! : 1;
    cache.set(idf, value);
  }
  return value;
}
