/**
 * Tuned constants of matching and clustering, in one place so the compiler, the
 * background and the CLI agree. Thresholds are tuned for precision: a wrong event is
 * worse than none. Figures behind them: `npm run eval`.
 */
export const MATCH_DEFAULTS = {
  /** features kept per report vector */
  topK: 64,
  /**
   * features kept in a page's vector: a whole page holds more than one stored report's worth
   * of news words, and each stored report kept its own top 64 of them (UnifiedFC article
   * queries, chosen on the even claims, at 0.35 on the odd ones: 0.638/0.422 → 0.677/0.438)
   */
  queryTopK: 128,
  /** an outlet's template: features in ≥30% of its reports, once it has ≥3 (see templates.ts) */
  templates: { minReports: 3, minShare: 0.3 },
  /**
   * an outlet's page furniture: word shingles in ≥2 of its events, and in as many events as 0.3% of its reports,
   * cut from a page in runs of ≥16 words (see furniture.ts; UnifiedFC article queries at
   * 0.35, the page's outlet known: 0.646/0.324 → 0.695/0.367)
   */
  furniture: { minEvents: 2, minShare: 0.003, minRun: 16 },
  cluster: {
    joinThreshold: 0.35,
    maxPostingList: 3000,
    wireBonus: 0.3,
    wireShingles: 10,
    minCosineForWire: 0.12,
    sigmaDays: 3,
    unknownTimeFactor: 0.85,
  },
  /** time-decayed cosine a page needs with a report for that report's event to be its event */
  matchThreshold: 0.35,
  /** time-decayed cosine an event member needs with the page to be listed as related */
  relatedFloor: 0.1,
};
