import { describe, expect, it } from "vitest";
import { compileDatabase } from "../db/compile.ts";
import { buildReportIndex } from "./report-index.ts";
import { matchArticle } from "./match.ts";

// Three reports chained into one event: «a» and «b» share the quake, «b» and «c» the flood.
// A page about the quake alone matches the event; «c» shares nothing with it.
const QUAKE = "ضرب زلزال عنيف بقوة سبع درجات على مقياس ريختر مدينة ساحلية فانهارت مبان وعلقت أسر تحت الركام وهرعت فرق الإنقاذ.";
const AIRPORT = "وأغلقت سلطات المطار المدرج الرئيسي وعلقت الرحلات وانتظر المسافرون حقائبهم عند البوابات ساعات طويلة.";
const FLOOD = "وأغرقت أمطار غزيرة وسيول جارفة قرى النهر وجرفت الجسر الخشبي وانقلب قارب صيد قرب السد القديم.";
const records = [
  { id: "a", source: "a.com", body: `${QUAKE}\n${AIRPORT}` },
  { id: "b", source: "b.com", body: `${QUAKE}\n${FLOOD}` },
  { id: "c", source: "c.com", body: `${FLOOD}\n${FLOOD}` },
];
const index = buildReportIndex(compileDatabase(records, { credits: [] }));
const eventOf = (id: string) => index.db.body.reports.find((r) => r.id === id)!.event;

describe("related reports", () => {
  it("come from one event", () => expect(new Set(["a", "b", "c"].map(eventOf)).size).toBe(1));

  // [label, page, listed]
  const CASES: [string, string, string[]][] = [
    ["a page sharing the quake and the flood lists all three", `${QUAKE}\n${FLOOD}`, ["a", "b", "c"]],
    ["a page about the quake lists the quake's reports", `${QUAKE}\n${AIRPORT}\nوقال شاهد إن الهزة استمرت دقيقة.`, ["a", "b"]],
  ];
  it.each(CASES)("%s", (_l, text, listed) => {
    const m = matchArticle(index, { text });
    expect([...(m.self ? [m.self] : []), ...m.related.map((r) => r.id)].sort()).toEqual(listed);
  });

  // false positives: a member that joined through another member alone is not this page's story
  it("leaves out the member with nothing in common with the page", () => {
    const m = matchArticle(index, { text: `${QUAKE}\n${AIRPORT}\nوقال شاهد إن الهزة استمرت دقيقة.` });
    expect(m.event?.size).toBe(3);
    expect(m.related.map((r) => r.id)).not.toContain("c");
  });
});
