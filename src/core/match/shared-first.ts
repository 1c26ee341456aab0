import { weigh } from "./vector.ts";

/**
 * The (feature, count) pairs of a report that its stored vector weighs: features found in
 * no other report (corpus or background) only fill the room its shared features leave
 * under topK. Such a feature can never join the report to another one, and on a whole
 * page it is mostly debris (fused words, donation footers, a comment's typo), yet its idf
 * is the highest there is, so it crowded the report's news words out of its top features
 * (a third of SaudiNewsNet's stored vocabulary). A short report keeps its rare names: it
 * has room for them.
 */
export function sharedFirst(counts: readonly [number, number][], shared: (id: number) => boolean, idf: (id: number) => number, topK: number): [number, number][] {
  const kept = counts.filter(([id]) => shared(id));
  if (kept.length >= topK) return kept;
  const single = counts.filter(([id]) => !shared(id));
  const room = new Set(weigh(single, idf, topK - kept.length).ids);
  return kept.concat(single.filter(([id]) => room.has(id)));
}
