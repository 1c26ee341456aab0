import { beforeAll, describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.ts";
import { compileDatabase } from "./db/compile.ts";
import { buildReportIndex, type ReportIndex } from "./match/report-index.ts";
import type { CorpusRecord } from "./corpus/record.ts";
import { saudiNewsNetReports, saudiNewsNetSample } from "../../test/support/corpus.ts";
import background from "../data/lexicon/background-df.json" with { type: "json" };

// Headlines of one real event that say opposite things (SaudiNewsNet, July 2015), read from
// the database's titles when a page of the event is analysed: a consul denies that Saudis
// were poisoned in Mashhad while two outlets report the poisoning; gold said to fall while
// three outlets said it rose that afternoon.
const POISONING = ["snn-7706", "snn-7943", "snn-8098"];
const GOLD = ["snn-11616", "snn-12457", "snn-12530", "snn-11481"];
// The Riyadh Red Crescent's crashes of one Friday (31 July 2015) as six outlets told them: one on
// the Dammam road in the morning (2 dead), one near هجرة سعد in the evening (1 dead), and two
// roundups of several; all one event of the database.
const CRASHES = ["snn-13012", "snn-14472", "snn-16264", "snn-15914", "snn-13069", "snn-16139"];
let index: ReportIndex;
let records: CorpusRecord[];

beforeAll(() => {
  records = saudiNewsNetReports([...POISONING, ...GOLD, ...CRASHES]);
  index = buildReportIndex(compileDatabase([...saudiNewsNetSample(500), ...records], { credits: [], background }));
}, 60_000);

/** The page as the extension reads it: a report's text, title and time, not its id. */
function analyseAsPage(id: string) {
  const r = records.find((x) => x.id === id)!;
  return analyzeArticle(index, { text: r.body, ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}) });
}

describe("claim conflicts in analysis", () => {
  it("sets a denial on the page against the outlets that report what it denies", () => {
    const a = analyseAsPage("snn-7706");
    const c = a.conflicts.find((x) => x.kind === "claim" && x.slot === "happened");
    expect(c, JSON.stringify(a.conflicts.map((x) => x.slot))).toBeDefined();
    const bySide = (v: string) => c!.values.filter((x) => x.value === v).map((x) => x.source).sort();
    expect(bySide("claim:denied")).toEqual(["alriyadh"]);
    expect(bySide("claim:happened")).toEqual(["alwatan", "alyaum"]);
    for (const v of c!.values) expect(v.quote).toContain(v.text);
  });

  it("sets a price the page says fell against the outlets that said it rose the same afternoon", () => {
    const a = analyseAsPage("snn-11616");
    const c = a.conflicts.find((x) => x.kind === "claim" && x.slot === "direction");
    expect(c, JSON.stringify(a.conflicts.map((x) => x.slot))).toBeDefined();
    expect(c!.values.filter((v) => v.value === "claim:fell").map((v) => v.source)).toEqual(["aleqtisadiya"]);
    expect(new Set(c!.values.filter((v) => v.value === "claim:rose").map((v) => v.source))).toEqual(new Set(["alweeam", "alyaum", "3alyoum"]));
  });

  it("shows the page on the side its headline takes, from the asserting side too", () => {
    const a = analyseAsPage("snn-7943");
    const c = a.conflicts.find((x) => x.kind === "claim" && x.slot === "happened");
    expect(c?.values.find((v) => v.report === a.self)?.value).toBe("claim:happened");
    expect(c!.values.find((v) => v.value === "claim:denied")!.source).toBe("alriyadh");
  });
});

describe("incidents of one day (SaudiNewsNet, the Red Crescent's crashes)", () => {
  it.each(CRASHES)("reading %s sets no crash's toll against another's", (id) => {
    const a = analyseAsPage(id);
    expect(a.event?.size, "the six are one event").toBeGreaterThanOrEqual(CRASHES.length);
    expect(a.conflicts.filter((c) => c.kind === "count").map((c) => `${c.slot}: ${c.values.map((v) => `${v.value} ${v.source}`).join(", ")}`)).toEqual([]);
  });

  it("still confirms the morning crash's dead from the reports that tell it, roundups too, and not from the evening's", () => {
    const a = analyseAsPage("snn-13012");
    const killed = a.agreements.find((g) => g.kind === "count" && g.slot === "killed");
    expect(killed?.value).toBe("2");
    expect(new Set(killed!.reports)).toEqual(new Set(["snn-13012", "snn-14472", "snn-13069", "snn-16139"]));
  });
});
