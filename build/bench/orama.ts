import { create, insertMultiple, search, type Tokenizer } from "@orama/orama";
import type { CorpusRecord } from "../../src/core/corpus/record.ts";
import { buildReportIndex } from "../../src/core/match/report-index.ts";
import { matchArticle, type ArticleInput } from "../../src/core/match/match.ts";
import { MATCH_DEFAULTS } from "../../src/core/match/defaults.ts";
import { tokenize } from "../../src/core/text/tokenize.ts";
import { saudiNewsNetSample } from "../../test/support/corpus.ts";
import { elapsed, quantile, saudiNewsNetRecords } from "../eval/support/data.ts";
import { defaultDatabase, indexOf } from "../eval/support/database.ts";
import { row, sadaReturned, tally, unifiedFcSet, type Query } from "../eval/support/unifiedfc.ts";

/**
 * What a developer would reach for instead: @orama/orama's BM25 full-text search over the
 * same SaudiNewsNet reports (title + body), tokenized by Sada's own tokenizer so Arabic is
 * normalized and split the same way (Orama's default splits on آ and ء). Latency of the
 * same 1,000 real reports as queries (Sada on all of them; BM25 is too slow for 1,000 in
 * a bench run, so Orama on the first few), as headlines and as whole articles; then both
 * methods' precision on UnifiedFC dev.
 * Orama has no notion of an event: its answer is the top k hits scoring at least half
 * the best hit's BM25 score (a relative cut, since BM25 scores have no fixed scale).
 */
const ORAMA_K = [1, 3, 10];
const RELATIVE_CUT = 0.5;
/** Orama takes ~0.4 s per headline and ~4 s per whole article over 30,000 reports: the first few of the same queries show the cost */
const HEADLINE_QUERIES = 100;
const FULL_TEXT_QUERIES = 5;

const sadaTokenizer: Tokenizer = {
  language: "arabic",
  normalizationCache: new Map(),
  tokenize: (raw: string) => [...new Set(tokenize(raw).tokens.map((t) => t.normal))],
};

async function oramaOf(records: readonly CorpusRecord[]) {
  const db = create({ schema: { title: "string", body: "string" } as const, components: { tokenizer: sadaTokenizer } });
  await insertMultiple(db, records.map((r) => ({ id: r.id, title: r.title ?? "", body: r.body })), 1000);
  return db;
}

type Orama = Awaited<ReturnType<typeof oramaOf>>;

async function oramaHits(db: Orama, text: string, k: number): Promise<string[]> {
  const { hits } = await search(db, { term: text, properties: ["title", "body"], limit: k });
  const best = hits[0]?.score ?? 0;
  return hits.filter((h) => h.score >= RELATIVE_CUT * best).map((h) => h.id);
}

async function timed<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (const item of items) {
    const t = performance.now();
    await run(item);
    out.push(performance.now() - t);
  }
  return out;
}

const ms = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.95).toFixed(2)}`;
const ratio = (a: number[], b: number[]) => `${(quantile(a, 0.5) / quantile(b, 0.5)).toPrecision(2)} / ${(quantile(a, 0.95) / quantile(b, 0.95)).toPrecision(2)}`;

export default {
  name: "orama: BM25 search as the alternative (latency, precision)",
  async run() {
    const started = performance.now();
    const queries = saudiNewsNetSample(1000);
    const headline = (q: CorpusRecord) => q.title ?? q.body.split(/\s+/).slice(0, 30).join(" ");
    const index = buildReportIndex(defaultDatabase().db);
    const sadaOf = (input: (q: CorpusRecord) => ArticleInput) => timed(queries, async (q) => void matchArticle(index, input(q)));
    const sadaFull = await sadaOf((q) => ({ text: q.body, ...(q.title ? { title: q.title } : {}), ...(q.published ? { published: q.published } : {}) }));
    const sadaHeadline = await sadaOf((q) => ({ text: headline(q) }));

    let t = performance.now();
    const records = saudiNewsNetRecords();
    const snn = await oramaOf(records);
    const oramaBuild = performance.now() - t;
    const oramaOfText = (text: (q: CorpusRecord) => string, n: number) => timed(queries.slice(0, n), async (q) => void (await search(snn, { term: text(q), properties: ["title", "body"], limit: 10 })));
    const oramaHeadline = await oramaOfText(headline, HEADLINE_QUERIES);
    const oramaFull = await oramaOfText((q) => `${q.title ?? ""} ${q.body}`, FULL_TEXT_QUERIES);
    console.log(`Orama: ${(oramaBuild / 1000).toFixed(1)} s to insert ${records.length} reports; Sada's index: see build-db`);
    console.table({
      "Sada, whole article (as shipped)": { queries: sadaFull.length, "p50 / p95 ms": ms(sadaFull) },
      "Sada, headline only": { queries: sadaHeadline.length, "p50 / p95 ms": ms(sadaHeadline) },
      "Orama BM25 top 10, headline": { queries: oramaHeadline.length, "p50 / p95 ms": ms(oramaHeadline) },
      "Orama BM25 top 10, whole article": { queries: oramaFull.length, "p50 / p95 ms": ms(oramaFull) },
      "ratio Sada / Orama, headline": { queries: "", "p50 / p95 ms": ratio(sadaHeadline, oramaHeadline) },
      "ratio Sada / Orama, whole article": { queries: "", "p50 / p95 ms": ratio(sadaFull, oramaFull) },
    });

    const set = unifiedFcSet();
    if (!set) return;
    const ufcQueries: Query[] = set.claims.map((c) => ({ text: c.claim, related: new Set(c.related.map((r) => r.id)), unrelated: new Set(c.unrelated.map((r) => r.id)) }));
    const ufcSada = indexOf(set.corpus);
    const ufcOrama = await oramaOf(set.corpus);
    const rows: Record<string, object> = {
      [`Sada, threshold ${MATCH_DEFAULTS.matchThreshold}`]: row(tally(ufcQueries, sadaReturned(ufcSada))),
    };
    for (const k of ORAMA_K) {
      const hits = new Map<Query, string[]>();
      for (const q of ufcQueries) hits.set(q, await oramaHits(ufcOrama, q.text, k));
      rows[`Orama top ${k}, ≥${RELATIVE_CUT}× best`] = row(tally(ufcQueries, (q) => hits.get(q)!));
    }
    console.log("UnifiedFC dev, query = claim text");
    console.table(rows);
    console.log(elapsed(started));
  },
};
