import { parseCorpusLine, type CorpusRecord } from "../../../src/core/corpus/record.ts";
import { matchArticle } from "../../../src/core/match/match.ts";
import type { ReportIndex } from "../../../src/core/match/report-index.ts";
import { ratio, percent, readJsonl, sharedFile } from "./data.ts";

/**
 * UnifiedFC dev (DATA.md §3) for the matching eval and the Orama bench: the corpus as
 * records, the claims with ≥1 related article, and precision/recall of what a matcher returns.
 */
export interface Claim {
  claim_id: string;
  claim: string;
  related: { id: string }[];
  unrelated: { id: string }[];
}
export interface Query {
  text: string;
  /** the page's outlet, for an article query (its furniture is cut) */
  source?: string;
  related: Set<string>;
  unrelated: Set<string>;
}
export interface Tally {
  returned: number;
  correct: number;
  hardNegatives: number;
  expected: number;
  /** queries that returned something, and those whose first (best) result is related */
  answered: number;
  firstCorrect: number;
}

export function unifiedFcSet(): { corpus: CorpusRecord[]; claims: Claim[] } | null {
  const claimsFile = sharedFile("unifiedfc-dev.claims.jsonl");
  const corpusFile = sharedFile("unifiedfc-dev.corpus.jsonl");
  if (!claimsFile || !corpusFile) return null;
  const corpus = readJsonl<unknown>(corpusFile).map((raw, i) => {
    const r = parseCorpusLine(JSON.stringify(raw), corpusFile, i + 1);
    if (!r.ok) throw new Error(`${r.error.file}:${r.error.line}: ${r.error.message}`);
    return r.record;
  });
  return { corpus, claims: readJsonl<Claim>(claimsFile).filter((c) => c.related.length > 0) };
}

/** `returnedFor` lists what a matcher returns for the query, best first. */
export function tally(queries: readonly Query[], returnedFor: (q: Query) => string[]): Tally {
  const t: Tally = { returned: 0, correct: 0, hardNegatives: 0, expected: 0, answered: 0, firstCorrect: 0 };
  for (const q of queries) {
    const got = returnedFor(q);
    t.returned += got.length;
    t.correct += got.filter((id) => q.related.has(id)).length;
    t.hardNegatives += got.filter((id) => q.unrelated.has(id)).length;
    t.expected += q.related.size;
    if (got.length) t.answered++;
    if (q.related.has(got[0]!)) t.firstCorrect++;
  }
  return t;
}

export const row = (t: Tally) => ({
  precision: ratio(t.correct, t.returned),
  recall: ratio(t.correct, t.expected),
  returned: t.returned,
  correct: t.correct,
  "hard negatives": `${t.hardNegatives} (${percent(t.hardNegatives, t.returned)})`,
  // the nearest report alone: separates the similarity from the clustering around it
  "best-hit precision": `${ratio(t.firstCorrect, t.answered)} of ${t.answered}`,
});


/** Sada's answer: the matched event's members, best first; the database's copy of the query, when found, first (it is the closest). */
export const sadaReturned = (index: ReportIndex, threshold?: number) => (q: Query) => {
  const m = matchArticle(index, { text: q.text, ...(q.source ? { source: q.source } : {}) }, { threshold });
  return [...(m.self ? [m.self] : []), ...m.related.map((r) => r.id)];
};
