import { beforeAll, describe, expect, it } from "vitest";
import { compileDatabase } from "./compile.ts";
import { decodeDatabase, encodeDatabase } from "./codec.ts";
import type { Database } from "./schema.ts";
import { buildReportIndex } from "../match/report-index.ts";
import { matchArticle } from "../match/match.ts";
import { saudiNewsNetSample, seedRecords } from "../../../test/support/corpus.ts";
import { plainEvent, plainReport } from "../../../test/support/database.ts";
import background from "../../data/lexicon/background-df.json" with { type: "json" };

// The founding example: seeds 000–002 report one event; 003 and 004 share Austin,
// Gallant, Iran and the Pentagon with it and must stay apart. 2,000 SaudiNewsNet reports
// give the idf a realistic background.
const seeds = seedRecords();
const body = (id: string) => seeds.find((s) => s.id === id)!.body;
let db: Database;

beforeAll(() => {
  db = compileDatabase([...saudiNewsNetSample(2000), ...seeds], { credits: [] });
}, 60_000);

const eventOf = (id: string) => db.body.reports.find((r) => r.id === id)!.event;

describe("events from the corpus", () => {
  it("groups 000, 001 and 002 into one event", () => {
    expect(eventOf("seed-001")).toBe(eventOf("seed-000"));
    expect(eventOf("seed-002")).toBe(eventOf("seed-000"));
  });
  it.each(["seed-003", "seed-004"])("keeps %s out of it, alone", (id) => {
    expect(eventOf(id)).not.toBe(eventOf("seed-000"));
    expect(db.body.events[eventOf(id)]!.members).toHaveLength(1);
  });
  it("is deterministic", () => {
    const again = compileDatabase([...saudiNewsNetSample(2000), ...seeds], { credits: [] });
    expect(encodeDatabase(again)).toEqual(encodeDatabase(db));
  }, 60_000);
  it("stores no article bodies, only short quotes", () => {
    const text = new TextDecoder().decode(encodeDatabase(db));
    for (const s of seeds) {
      const paragraph = s.body.split("\n").find((p) => p.length > 300);
      if (paragraph) expect(text.includes(JSON.stringify(paragraph.slice(0, 300)).slice(1, -1))).toBe(false);
    }
  });
  it("survives encoding", () => {
    const decoded = decodeDatabase(encodeDatabase(db));
    expect(decoded.body.reports.map(plainReport)).toEqual(db.body.reports.map(plainReport));
    expect(decoded.body.events.map(plainEvent)).toEqual(db.body.events.map(plainEvent));
    expect(decoded.body.idf).toEqual(db.body.idf);
    expect(decoded.header).toEqual(db.header);
    expect(decoded.postings).toEqual(db.postings);
  });
});

describe("events from the seeds alone", () => {
  it("still group 000–002 and keep 003 and 004 apart, thanks to background document frequencies", () => {
    const small = compileDatabase(seeds, { credits: [], background });
    const ev = (id: string) => small.body.reports.find((r) => r.id === id)!.event;
    expect([ev("seed-001"), ev("seed-002")]).toEqual([ev("seed-000"), ev("seed-000")]);
    expect(new Set([ev("seed-000"), ev("seed-003"), ev("seed-004")]).size).toBe(3);
  });
});

describe("matching a page", () => {
  it("finds seed 000's event and lists 001 and 002, not 003 or 004, nor itself", () => {
    const m = matchArticle(buildReportIndex(db), { text: body("seed-000") });
    expect(m.self).toBe("seed-000");
    expect(m.related.map((r) => r.id).sort()).toEqual(["seed-001", "seed-002"]);
  });
  it("matches a report the database does not hold to the same event", () => {
    const edited = body("seed-001").split("\n").slice(2, 8).join("\n"); // another outlet's shorter copy
    const m = matchArticle(buildReportIndex(db), { text: edited });
    expect(m.self).toBeNull();
    expect(m.related.map((r) => r.id).sort()).toEqual(["seed-000", "seed-001", "seed-002"]);
  });
  it("says no match for a report of an event the database lacks", () => {
    const text =
      "أعلنت وكالة الفضاء الأوروبية اليوم نجاح إطلاق مسبار جديد لدراسة الأقمار الجليدية لكوكب المشتري، " +
      "وقال مدير البرنامج إن المسبار سيصل إلى مداره بعد ثماني سنوات من الرحلة عبر النظام الشمسي، " +
      "وسيحمل أجهزة لقياس سماكة الجليد والبحث عن محيطات تحت السطح.";
    const m = matchArticle(buildReportIndex(db), { text });
    expect(m.event).toBeNull();
    expect(m.related).toEqual([]);
  });
});
