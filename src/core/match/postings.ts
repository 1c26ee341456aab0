import type { SparseVector } from "./vector.ts";
import { ReportScores } from "./report-scores.ts";

/**
 * Inverted index over sparse vectors, filled as documents arrive: feature id → (document,
 * weight). Scoring a query touches only the postings of its own features, so cost grows
 * with the query's features and their lists, not with the number of documents.
 */
export class Postings {
  private readonly docs = new Map<number, number[]>();
  private readonly weights = new Map<number, number[]>();
  private readonly scratch: ReportScores;

  /** `documents`: how many will be added at most (documents are numbered below it) */
  constructor(documents: number) {
    this.scratch = new ReportScores(documents);
  }

  add(doc: number, v: SparseVector): void {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      let d = this.docs.get(id);
      if (!d) {
        d = [];
        this.docs.set(id, d);
        this.weights.set(id, []);
      }
      d.push(doc);
      this.weights.get(id)!.push(v.weights[i]!);
    }
  }

  /** Dot products of the query with every document sharing a feature, valid until the next call; lists longer than `maxList` are skipped. */
  scores(query: SparseVector, maxList = Infinity): ReportScores {
    const acc = this.scratch;
    acc.reset();
    for (let i = 0; i < query.ids.length; i++) {
      const d = this.docs.get(query.ids[i]!);
      if (!d || d.length > maxList) continue;
      const w = this.weights.get(query.ids[i]!)!;
      const q = query.weights[i]!;
      for (let k = 0; k < d.length; k++) acc.add(d[k]!, q * w[k]!);
    }
    return acc;
  }
}
