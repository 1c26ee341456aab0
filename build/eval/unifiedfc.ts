import type { ReportIndex } from "../../src/core/match/report-index.ts";
import { MATCH_DEFAULTS } from "../../src/core/match/defaults.ts";
import { elapsed, ratio } from "./support/data.ts";
import { row, sadaReturned, tally, unifiedFcSet, type Claim, type Query, type Tally } from "./support/unifiedfc.ts";
import { indexOf } from "./support/database.ts";
import { claimCopyCeiling } from "./support/claim-copies.ts";

/**
 * Event matching on real multi-outlet coverage (DATA.md §3, UnifiedFC dev folds): a
 * claim's related articles should come back as `related`; its unrelated ones were retrieved
 * for it by a search engine, so they are hard negatives. Two query kinds: the claim text
 * (a headline-like sentence), and the claim's first related article (a real page),
 * queried against a database that leaves those first articles out.
 */
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

/** Pairwise clustering quality: two articles belong together when both are related to the same claim (pairs with a related article). */
function clusteringRow(index: ReportIndex, claims: readonly Claim[]) {
  const claimOf = new Map(claims.flatMap((c) => c.related.map((r) => [r.id, c.claim_id] as const)));
  const eventOf = new Map(index.db.body.reports.map((r) => [r.id, r.event]));
  let together = 0;
  let correct = 0;
  for (const e of index.db.body.events) {
    const ids = e.members.map((m) => index.db.body.reports[m]!.id);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        // two articles related to no claim could be one event or not: no label, no count
        if (!claimOf.has(ids[i]!) && !claimOf.has(ids[j]!)) continue;
        together++;
        if (claimOf.get(ids[i]!) === claimOf.get(ids[j]!)) correct++;
      }
    }
  }
  const gold = claims.reduce((n, c) => {
    const k = c.related.filter((r) => eventOf.has(r.id)).length;
    return n + (k * (k - 1)) / 2;
  }, 0);
  const multi = index.db.body.events.filter((e) => e.members.length > 1).length;
  const largest = Math.max(...index.db.body.events.map((e) => e.members.length));
  return { events: index.db.body.events.length, "multi-report events": multi, "largest event": largest, "pairs precision": ratio(correct, together), "pairs recall": ratio(correct, gold) };
}

export default {
  name: "unifiedfc: event matching on real coverage (claim → related articles)",
  async run() {
    const started = performance.now();
    const set = unifiedFcSet();
    if (!set) return;
    const { corpus, claims } = set;
    const byId = new Map(corpus.map((r) => [r.id, r]));
    const full = indexOf(corpus);
    const byClaim: Query[] = claims.map((c) => ({ text: c.claim, related: new Set(c.related.map((r) => r.id)), unrelated: new Set(c.unrelated.map((r) => r.id)) }));
    // Leave-one-out by article: the first related article is the page; the database lacks it.
    const heldOut = new Set(claims.map((c) => c.related[0]!.id));
    const rest = indexOf(corpus.filter((r) => !heldOut.has(r.id)));
    const byArticle: Query[] = claims
      .filter((c) => c.related.length > 1)
      .map((c) => ({ text: byId.get(c.related[0]!.id)!.body, source: byId.get(c.related[0]!.id)!.source, related: new Set(c.related.slice(1).map((r) => r.id)), unrelated: new Set(c.unrelated.map((r) => r.id)) }));

    console.log(`${corpus.length} articles, ${claims.length} claims with ≥1 related (${byArticle.length} with ≥2 for the article query); shipped threshold ${MATCH_DEFAULTS.matchThreshold}`);
    console.table({ "full database": clusteringRow(full, claims), "first related left out": clusteringRow(rest, claims) });
    const curve = (index: ReportIndex, queries: Query[]) =>
      Object.fromEntries(THRESHOLDS.map((t) => [`${t === MATCH_DEFAULTS.matchThreshold ? "*" : ""}${t}`, row(tally(queries, sadaReturned(index, t)))]));
    console.log("query = claim text (* shipped threshold)");
    console.table(curve(full, byClaim));
    console.log("query = the claim's first related article, left out of the database");
    console.table(curve(rest, byArticle));
    // The threshold was chosen on this set: each half (even/odd claims) should put its knee in the same place.
    const halves = (queries: Query[]) => [0, 1].map((h) => queries.filter((_, i) => i % 2 === h));
    const near = [-0.05, 0, 0.05].map((d) => Math.round((MATCH_DEFAULTS.matchThreshold + d) * 100) / 100);
    const pr = (t: Tally) => `${ratio(t.correct, t.returned)} / ${ratio(t.correct, t.expected)}`;
    console.log("precision / recall on each half of the claims, around the shipped threshold");
    console.table(
      Object.fromEntries(
        (["claim", "article"] as const).flatMap((kind) =>
          halves(kind === "claim" ? byClaim : byArticle).map((qs, h) => [
            `${kind}, half ${h}`,
            Object.fromEntries(near.map((t) => [String(t), pr(tally(qs, sadaReturned(kind === "claim" ? full : rest, t)))])),
          ]),
        ),
      ),
    );
    console.log("ceiling of the labels: articles that copy the claim's words, returned as related");
    console.table(claimCopyCeiling(corpus, claims));
    console.log(elapsed(started));
  },
};
