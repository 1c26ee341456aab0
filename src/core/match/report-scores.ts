/**
 * Scores of one query against the database, accumulated in a typed array (a Map per
 * query cost more than the scoring at 100× the corpus) and kept there: callers ask for
 * the few best or for the score of a given report, never for the full list.
 */
export class ReportScores {
  private acc: Float64Array;
  private touched: Uint32Array;
  private count = 0;
  private weight?: (doc: number, score: number) => number;

  constructor(reports: number) {
    this.acc = new Float64Array(reports);
    this.touched = new Uint32Array(Math.min(reports, 1024));
  }

  /** Starts a new query: only the entries the last one touched are cleared. */
  reset(): void {
    for (let i = 0; i < this.count; i++) this.acc[this.touched[i]!] = 0;
    this.count = 0;
    this.weight = undefined;
  }

  /** Adds x ≥ 0 to an entry. */
  add(doc: number, x: number): void {
    if (this.acc[doc] === 0) {
      if (this.count === this.touched.length) {
        const grown = new Uint32Array(Math.min(this.acc.length, this.touched.length * 2));
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.count++] = doc;
    }
    this.acc[doc] = this.acc[doc]! + x;
  }

  /**
   * Weighs every score by `f` (a time decay, say), lazily: `f` runs when a score is read,
   * and it must never raise one, so `top` skips the reports that cannot make the cut
   * (at 100× the corpus a query touches a million reports and wants twenty).
   */
  map(f: (doc: number, score: number) => number): void {
    this.weight = f;
  }

  /** Every touched entry, unweighed, in the order first touched (an entry whose sum stays 0 may be left out). */
  forEach(f: (doc: number, score: number) => void): void {
    for (let i = 0; i < this.count; i++) f(this.touched[i]!, this.acc[this.touched[i]!]!);
  }

  /** Score of one report; 0 when it shares no feature with the query. */
  of(doc: number): number {
    const s = this.acc[doc]!;
    return s === 0 || !this.weight ? s : this.weight(doc, s);
  }

  /** The `k` best reports, best first; ties go to the lower index. */
  top(k: number): [doc: number, score: number][] {
    const best: [number, number][] = [];
    for (let i = 0; i < this.count; i++) {
      const doc = this.touched[i]!;
      const raw = this.acc[doc]!;
      // the weight never raises a score: one already below the k-th cannot get in
      if (best.length === k && raw < best[k - 1]![1]) continue;
      const s = this.weight ? this.weight(doc, raw) : raw;
      if (best.length === k && !before(s, doc, best[k - 1]!)) continue;
      let at = best.length === k ? k - 1 : best.length;
      while (at > 0 && before(s, doc, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = [doc, s];
    }
    return best;
  }
}

function before(s: number, doc: number, [otherDoc, other]: [number, number]): boolean {
  return s > other || (s === other && doc < otherDoc);
}
