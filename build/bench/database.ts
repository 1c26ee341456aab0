import { readFileSync } from "node:fs";
import { measureLoad } from "./support/load.ts";
import { matchArticle, type ArticleInput } from "../../src/core/match/match.ts";
import { analyzeArticle } from "../../src/core/analyze.ts";
import { saudiNewsNetSample } from "../../test/support/corpus.ts";

/**
 * The shipped database (dist/db, from `npm run build`): file size, load-to-ready time in
 * Node (gunzip, checks, index), match latency with 1,000 real reports as queries, and the
 * whole analysis a page gets in the background (match, extract, compare with the event's
 * reports and their headlines).
 * Medians of repeated runs; figures, not assertions.
 */
const DB = "dist/db/sada-db.json.gz";
const QUERIES = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export default {
  name: "database: size, load, match latency",
  async run() {
    const gz = readFileSync(DB);
    const { index, loads, steps } = measureLoad(gz);
    const queries = saudiNewsNetSample(QUERIES);
    // as the extension asks: the page's outlet is known from its address (its furniture is cut)
    const inputs: ArticleInput[] = queries.map((q) => ({ text: q.body, source: q.source, ...(q.title ? { title: q.title } : {}), ...(q.published ? { published: q.published } : {}) }));
    const timed = (f: (input: ArticleInput) => unknown) =>
      inputs.map((input) => {
        const t = performance.now();
        f(input);
        return performance.now() - t;
      });
    const latencies = timed((input) => matchArticle(index, input));
    const analyses = timed((input) => analyzeArticle(index, input));
    const { header } = index.db;
    console.table({
      "reports / events": `${header.counts.reports} / ${header.counts.events}`,
      "file (gzip)": `${(gz.length / 1e6).toFixed(1)} MB`,
      "load to ready (median of 5)": `${median(loads).toFixed(0)} ms`,
      "… gunzip / decode and checks / index": `${median(steps.gunzip).toFixed(0)} / ${median(steps.decode).toFixed(0)} / ${median(steps.index).toFixed(0)} ms`,
      [`match p50 / p95 (${QUERIES} queries)`]: `${quantile(latencies, 0.5).toFixed(2)} / ${quantile(latencies, 0.95).toFixed(2)} ms`,
      [`whole analysis p50 / p95 (the same queries)`]: `${quantile(analyses, 0.5).toFixed(2)} / ${quantile(analyses, 0.95).toFixed(2)} ms`,
    });
  },
};
