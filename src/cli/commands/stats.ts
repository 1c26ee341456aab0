import type { Database } from "../../core/db/schema.ts";
import { databaseFacts } from "../../core/db/facts.ts";

/** `sada stats`: what the database holds. */
export function statsCommand(db: Database) {
  const { header, body } = db;
  const facts = databaseFacts(db);
  const sizes = body.events.map((e) => e.members.length).sort((a, b) => a - b);
  const bySource: Record<string, number> = {};
  for (const r of body.reports) bySource[r.source] = (bySource[r.source] ?? 0) + 1;
  const multi = sizes.filter((s) => s > 1);
  return {
    ...databaseFacts(db),
    eventsWithSeveralReports: multi.length,
    reportsInSuchEvents: multi.reduce((a, b) => a + b, 0),
    largestEvent: sizes.at(-1) ?? 0,
    medianReportsPerMultiReportEvent: multi.length ? multi[Math.floor(multi.length / 2)]! : 0,
    features: header.counts.features,
    reportsBySource: bySource,
    /** phrases of each outlet's page furniture (menus, boxes), cut from its pages when matched */
    furnitureBySource: Object.fromEntries([...body.furniture].map(([source, hashes]) => [source, hashes.length])),
    credits: facts.credits.map((c) => `${c.name} (${c.licence})`),
  };
}
