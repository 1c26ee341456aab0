import type { Database } from "../db/schema.ts";
import type { SparseVector } from "./vector.ts";
import { ReportScores } from "./report-scores.ts";

/**
 * The database ready for matching: its inverted index as read from the file
 * (compressed-sparse-row form: one offsets array, one postings array), publication times
 * and lookups by URL and id.
 */
export interface ReportIndex {
  readonly db: Database;
  /** postings of feature f: docs[offsets[f] .. offsets[f+1]), weights alongside */
  readonly offsets: Uint32Array;
  readonly docs: Uint32Array;
  readonly weights: Float32Array;
  /** publication time per report in ms, NaN when unknown */
  readonly times: Float64Array;
  readonly byUrl: ReadonlyMap<string, number>;
  readonly byId: ReadonlyMap<string, number>;
  /** the score accumulator, reused by every query (queries run one at a time) */
  readonly scores: ReportScores;
}

export function buildReportIndex(db: Database): ReportIndex {
  const { reports } = db.body;
  const times = new Float64Array(reports.length);
  const byUrl = new Map<string, number>();
  const byId = new Map<string, number>();
  reports.forEach((r, i) => {
    times[i] = r.published ? Date.parse(r.published) : NaN;
    if (r.url && !byUrl.has(r.url)) byUrl.set(r.url, i);
    byId.set(r.id, i);
  });
  return { db, ...db.postings, times, byUrl, byId, scores: new ReportScores(reports.length) };
}

/** Cosine of the query with every report sharing one of its features; valid until the next query. */
export function scoreReports(index: ReportIndex, query: SparseVector): ReportScores {
  const { scores } = index;
  scores.reset();
  const vocabulary = index.offsets.length - 1;
  for (let i = 0; i < query.ids.length; i++) {
    const f = query.ids[i]!;
    if (f >= vocabulary) continue;
    const q = query.weights[i]!;
    for (let p = index.offsets[f]!; p < index.offsets[f + 1]!; p++) scores.add(index.docs[p]!, q * index.weights[p]!);
  }
  return scores;
}

/** Index of a feature in the database's vocabulary, or -1. */
export function featureIndex(index: ReportIndex, feature: string): number {
  return index.db.body.features.indexOf(feature);
}
