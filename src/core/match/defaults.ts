/**
 * Tuned constants of matching and clustering, in one place so the compiler, the
 * background and the CLI agree. Thresholds are tuned for precision: a wrong event is
 * worse than none. Figures behind them: `npm run eval`.
 */
export const MATCH_DEFAULTS = {
  /** features kept per report vector */
  topK: 64,
  /** an outlet's template: features in ≥30% of its reports, once it has ≥3 (see templates.ts) */
  templates: { minReports: 3, minShare: 0.3 },
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
