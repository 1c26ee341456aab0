import { describe, expect, it } from "vitest";
import { compileDatabase } from "../db/compile.ts";
import { buildReportIndex, scoreReports } from "./report-index.ts";
import { featureCounts } from "./features.ts";
import { pageVector } from "./match.ts";
import { MATCH_DEFAULTS } from "./defaults.ts";

// A page's own story told once, below teasers of other stories repeated (a page's boxes
// often are): the teasers' words outweigh the story's, yet the story must still reach its report.
const QUAKE = "ضرب زلزال عنيف بقوة سبع درجات على مقياس ريختر مدينة ساحلية فانهارت مبان وعلقت أسر تحت الركام وهرعت فرق الإنقاذ.";
const LETTERS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهي"];
// 36 made-up words known to the database (two letters apart from each other), twice each on the page
const TEASER = LETTERS.slice(0, 6).flatMap((a) => LETTERS.slice(6, 12).map((b) => `م${a}ر${b}ون`)).join(" ");
const index = buildReportIndex(
  compileDatabase(
    [
      { id: "quake", source: "a.com", body: QUAKE },
      { id: "teasers", source: "b.com", body: TEASER },
    ],
    { credits: [] },
  ),
);
const reach = (page: string, id: string) => scoreReports(index, pageVector(index, featureCounts(page))).of(index.byId.get(id)!) > 0;

describe("pageVector", () => {
  // [label, page, report it reaches]
  const CASES: [string, string, string][] = [
    ["the story below 72 heavier teaser features", `${TEASER}\n${TEASER}\n${QUAKE}`, "quake"],
    ["the teasers themselves", `${TEASER}\n${TEASER}\n${QUAKE}`, "teasers"],
    ["the story alone", QUAKE, "quake"],
  ];
  it.each(CASES)("%s", (_l, page, id) => expect(reach(page, id)).toBe(true));

  // false positives: nothing reaches a report it shares no word with
  const NOT: [string, string, string][] = [
    ["teasers alone never reach the quake", `${TEASER}\n${TEASER}`, "quake"],
    ["words the database never saw reach nothing", "كلمات لم تكتب قط في أي تقرير مخزون", "quake"],
  ];
  it.each(NOT)("%s", (_l, page, id) => expect(reach(page, id)).toBe(false));

  it("keeps at most queryTopK features", () => expect(pageVector(index, featureCounts(`${TEASER} ${QUAKE}`)).ids.length).toBeLessThanOrEqual(MATCH_DEFAULTS.queryTopK));
});
