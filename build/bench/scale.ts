import type { Database, DbReport } from "../../src/core/db/schema.ts";
import { buildReportIndex } from "../../src/core/match/report-index.ts";
import { matchArticle } from "../../src/core/match/match.ts";
import { saudiNewsNetSample } from "../../test/support/corpus.ts";
import { elapsed, quantile } from "../eval/support/data.ts";
import { defaultDatabase } from "../eval/support/database.ts";

/**
 * How match latency grows with the database: the default database replicated
 * 10× and 100× in memory, each copy with its own ids, URLs and dates shifted by whole
 * months (so the replicas sit in other weeks, as a growing archive would), then the same
 * real reports as queries. Replicas read their original's details: the cost measured is
 * the index and the scoring, not copies of data. Targets (1×): p50 ≤ 5 ms, p95 ≤ 20 ms.
 */
const SCALES: [factor: number, queries: number][] = [
  [1, 1000],
  [10, 1000],
  // the first 100 of the same reports: at 100× one query scores millions of postings and the index takes ~90 s
  [100, 100],
];
const MONTH = 30 * 86_400_000;

function replicate(db: Database, factor: number): Database {
  const { reports, events } = db.body;
  const shift = (iso: string | undefined, c: number) => (iso ? new Date(Date.parse(iso) + c * MONTH).toISOString() : undefined);
  const copies = Array.from({ length: factor }, (_, c) => c);
  const replicaReports = copies.flatMap((c) =>
    reports.map((r): DbReport => {
      if (c === 0) return r;
      const { id, source, title, lede, sh, url, published } = r;
      return {
        id: `${id}~${c}`,
        source,
        ...(title ? { title } : {}),
        ...(lede ? { lede } : {}),
        sh,
        event: r.event + c * events.length,
        ...(url ? { url: `${url}#${c}` } : {}),
        ...(published ? { published: shift(published, c) } : {}),
        get d() {
          return r.d;
        },
      };
    }),
  );
  // fields named: a decoded event reads them from the file's columns (a spread would copy none)
  const replicaEvents = copies.flatMap((c) =>
    c === 0 ? events : events.map(({ id, members, first, last }) => ({ id: `${id}~${c}`, members: members.map((m) => m + c * reports.length), ...(first ? { first } : {}), ...(last ? { last } : {}) })),
  );
  // each feature's postings tiled: copy c's reports follow copy c-1's (still ascending), weights alongside
  const p = db.postings;
  const n = reports.length;
  const postings = { offsets: p.offsets.map((o) => o * factor), docs: new Uint32Array(p.docs.length * factor), weights: new Uint8Array(p.docs.length * factor) };
  for (let f = 0; f + 1 < p.offsets.length; f++) {
    const list = p.offsets[f + 1]! - p.offsets[f]!;
    for (const c of copies) {
      const at = postings.offsets[f]! + c * list;
      for (let k = 0; k < list; k++) postings.docs[at + k] = p.docs[p.offsets[f]! + k]! + c * n;
      postings.weights.set(p.weights.subarray(p.offsets[f]!, p.offsets[f + 1]!), at);
    }
  }
  return { header: db.header, body: { ...db.body, reports: replicaReports, events: replicaEvents }, postings };
}

export default {
  name: "scale: match latency at 1×, 10×, 100× the corpus",
  async run() {
    const started = performance.now();
    const { db, from } = defaultDatabase();
    console.log(`database: ${from}`);
    const queries = saudiNewsNetSample(1000).map((q) => ({ text: q.body, ...(q.title ? { title: q.title } : {}), ...(q.published ? { published: q.published } : {}) }));
    const rows: Record<string, object> = {};
    for (const [factor, n] of SCALES) {
      const t = performance.now();
      const index = buildReportIndex(replicate(db, factor));
      const indexMs = performance.now() - t;
      const latencies = queries.slice(0, n).map((q) => {
        const s = performance.now();
        matchArticle(index, q);
        return performance.now() - s;
      });
      rows[`${factor}×`] = {
        reports: index.db.body.reports.length,
        postings: index.docs.length,
        "index build": `${(indexMs / 1000).toFixed(1)} s`,
        queries: n,
        "p50 ms": quantile(latencies, 0.5).toFixed(2),
        "p95 ms": quantile(latencies, 0.95).toFixed(2),
        "RSS GB": (process.memoryUsage().rss / 2 ** 30).toFixed(2),
      };
    }
    console.table(rows);
    console.log(elapsed(started));
  },
};
