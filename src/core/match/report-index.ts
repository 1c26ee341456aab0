import type { Database } from "../db/schema.ts";
import type { KeyIndex } from "../db/key-index.ts";
import { reportLookup } from "../db/stored-reports.ts";
import { isoTime } from "../db/iso-time.ts";
import { WEIGHT_OF_BYTE } from "../db/vector-codec.ts";
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
  /** as bytes: WEIGHT_OF_BYTE */
  readonly weights: Uint8Array;
  /** publication time per report in ms, NaN when unknown */
  readonly times: Float64Array;
  /** report by URL and by id (the first that has it) */
  readonly byUrl: KeyIndex;
  readonly byId: KeyIndex;
  /** the score accumulator, reused by every query (queries run one at a time) */
  readonly scores: ReportScores;
}

export function buildReportIndex(db: Database): ReportIndex {
  const { reports } = db.body;
  const times = new Float64Array(reports.length);
  reports.forEach((r, i) => {
    times[i] = r.published ? isoTime(r.published) : NaN;
  });
  return { db, ...db.postings, times, byUrl: reportLookup(reports, "url"), byId: reportLookup(reports, "id"), scores: new ReportScores(reports.length) };
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
    for (let p = index.offsets[f]!; p < index.offsets[f + 1]!; p++) scores.add(index.docs[p]!, q * WEIGHT_OF_BYTE[index.weights[p]!]!);
  }
  return scores;
}

/** Index of a feature in the database's vocabulary, or -1. */
export function featureIndex(index: ReportIndex, feature: string): number {
  return index.db.body.features.indexOf(feature);
}
