import { storedReportDetails } from "../../src/core/db/report-details.ts";
import { findings } from "../../src/core/conflict/compare.ts";
import type { Conflict } from "../../src/core/conflict/types.ts";
import { headlineOf } from "../../src/core/db/vector-codec.ts";
import { elapsed, percent, seededRandom } from "./support/data.ts";
import { defaultDatabase } from "./support/database.ts";

/**
 * The default database as a reader meets it: how SaudiNewsNet groups into events, how
 * many multi-report events show a conflict, and 20 conflicts drawn with a fixed seed for
 * a person to judge (no gold labels exist for SNN conflicts yet; ARABIC.md §9).
 * Conflicts come from the stored details (`d`), as analyzeArticle compares the related reports.
 */
const BUCKETS: [string, (n: number) => boolean][] = [
  ["1", (n) => n === 1],
  ["2", (n) => n === 2],
  ["3–5", (n) => n >= 3 && n <= 5],
  ["6–10", (n) => n >= 6 && n <= 10],
  [">10", (n) => n > 10],
];
const SAMPLE = 20;
/** values printed per conflict: a big event's conflict can list dozens */
const VALUES_SHOWN = 6;

export default {
  name: "saudinewsnet: events, reports per event, conflicts",
  async run() {
    const started = performance.now();
    const { db, from } = defaultDatabase();
    const { reports, events } = db.body;
    console.log(`database: ${from}; ${reports.length} reports, ${events.length} events`);
    console.table(
      Object.fromEntries(
        BUCKETS.map(([label, fits]) => {
          const es = events.filter((e) => fits(e.members.length));
          const n = es.reduce((s, e) => s + e.members.length, 0);
          return [label, { events: es.length, reports: n, "share of reports": percent(n, reports.length) }];
        }),
      ),
    );

    const found: { event: string; conflict: Conflict }[] = [];
    const multi = events.filter((e) => e.members.length > 1);
    let withConflict = 0;
    let withUpdate = 0;
    const bySlot = new Map<string, number>();
    for (const e of multi) {
      const details = e.members.map((m) => storedReportDetails(reports[m]!));
      const all = findings(details);
      const conflicts = all.conflicts.filter((c) => c.severity === "fact");
      if (conflicts.length) withConflict++;
      if (all.updates.length) withUpdate++;
      for (const conflict of conflicts) {
        found.push({ event: headlineOf(reports[e.members[0]!]!), conflict });
        bySlot.set(`${conflict.kind}:${conflict.slot}`, (bySlot.get(`${conflict.kind}:${conflict.slot}`) ?? 0) + 1);
      }
    }
    console.table({
      "multi-report events": { figure: multi.length },
      "… with ≥1 fact conflict": { figure: `${withConflict} (${percent(withConflict, multi.length)})` },
      "fact conflicts": { figure: found.length },
      "… with a toll that rose (timeline, not conflict)": { figure: `${withUpdate} (${percent(withUpdate, multi.length)})` },
    });
    console.log(`by slot: ${[...bySlot].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`);

    // A seeded partial shuffle: the same 20 on every run of the same database.
    const random = seededRandom(20150806);
    const pool = [...found];
    console.log(`\n${Math.min(SAMPLE, pool.length)} conflicts drawn at random (seed 20150806):`);
    for (let i = 0; i < Math.min(SAMPLE, pool.length); i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      const { event, conflict } = pool[i]!;
      console.log(`\n${i + 1}. ${conflict.kind} ${conflict.slot} — event «${event.slice(0, 90)}»`);
      for (const v of conflict.values.slice(0, VALUES_SHOWN)) console.log(`   ${v.value.padEnd(6)} ${v.source} ${v.published?.slice(0, 16) ?? ""} «${v.quote.replace(/\s+/g, " ")}»`);
      if (conflict.values.length > VALUES_SHOWN) console.log(`   … ${conflict.values.length - VALUES_SHOWN} more values`);
    }
    console.log(`\n${elapsed(started)}`);
  },
};
