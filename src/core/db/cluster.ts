import { Postings } from "../match/postings.ts";
import { ReportScores } from "../match/report-scores.ts";
import type { SparseVector } from "../match/vector.ts";
import { timeDecay, type TimeDecayOptions } from "../match/time-decay.ts";
import { sharedCount } from "../match/shingles.ts";

/**
 * One-pass streaming clustering of reports into events (after Miranda et al. 2018):
 * reports arrive in publication order; each joins the event it resembles most when the
 * time-decayed similarity clears the threshold, else it starts a new event. Similarity is the TF-IDF cosine plus a bonus for shared wire copy (5-shingles):
 * two reports of one call between the same ministers share names and words, but only
 * reports of the same event share whole sentences.
 * Candidates come from an inverted index, so a report is compared only with reports that
 * share one of its features.
 */
export interface ClusterOptions extends TimeDecayOptions {
  /** time-decayed cosine a report needs to join an earlier report's event */
  joinThreshold: number;
  /** feature lists longer than this are too common to propose candidates */
  maxPostingList: number;
  /** bonus for shared wire copy, reached at `wireShingles` shared 5-shingles */
  wireBonus: number;
  wireShingles: number;
  /** pairs below this cosine are not checked for shared copy */
  minCosineForWire: number;
}

export interface ClusterInput {
  vector: SparseVector;
  /** sorted hashes of the report's 5-shingles */
  shingles: Uint32Array;
  /** publication time in ms since the epoch, or NaN when unknown */
  time: number;
}

/** Similarity of two reports for clustering, before time decay. */
export function pairSimilarity(a: ClusterInput, b: ClusterInput, cosine: number, o: ClusterOptions): number {
  if (cosine < o.minCosineForWire) return cosine;
  return cosine + o.wireBonus * Math.min(1, sharedCount(a.shingles, b.shingles) / o.wireShingles);
}

/**
 * Returns the event number of every report (0-based, in order of creation). A report
 * joins the event whose members it resembles on average (members it shares no feature
 * with count as 0): single-link joining let one article bridge two stories and chained
 * whole topics into one event.
 */
export function clusterReports(items: readonly ClusterInput[], o: ClusterOptions): Int32Array {
  const order = items.map((_, i) => i).sort((a, b) => byTime(items[a]!.time, items[b]!.time) || a - b);
  const eventOf = new Int32Array(items.length).fill(-1);
  const sizes: number[] = [];
  const postings = new Postings(items.length);
  // typed-array accumulators, reused for every report (events number at most one per report)
  const sums = new ReportScores(items.length);
  // read in the inner loop for tens of millions of pairs: a flat array, not a field of each item
  const times = Float64Array.from(items, (it) => it.time);
  for (const i of order) {
    const me = items[i]!;
    sums.reset();
    postings.scores(me.vector, o.maxPostingList).forEach((j, cos) => {
      sums.add(eventOf[j]!, pairSimilarity(me, items[j]!, cos, o) * timeDecay(times[i]!, times[j]!, o));
    });
    let best = -1;
    let bestScore = o.joinThreshold;
    sums.forEach((e, sum) => {
      const mean = sum / sizes[e]!;
      if (mean > bestScore || (mean === bestScore && e < best)) {
        best = e;
        bestScore = mean;
      }
    });
    if (best < 0) {
      best = sizes.length;
      sizes.push(0);
    }
    eventOf[i] = best;
    sizes[best]!++;
    postings.add(i, me.vector);
  }
  return eventOf;
}

function byTime(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}
