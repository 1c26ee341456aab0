import { describe, expect, it } from "vitest";
import { tokenize, type Token } from "../text/tokenize.ts";
import { compileDatabase } from "../db/compile.ts";
import { blanked, furnitureRuns, furnitureSpans, learnFurniture, outside, type PlacedShingles } from "./furniture.ts";
import { analyzeArticle } from "../analyze.ts";
import { shingleHashes, shingleSequence } from "./shingles.ts";
import { buildReportIndex } from "./report-index.ts";
import { matchArticle } from "./match.ts";
import { MATCH_DEFAULTS } from "./defaults.ts";

const O = MATCH_DEFAULTS.furniture;
const placed = (source: string, event: number, hashes: number[]): PlacedShingles => ({ source, event, shingles: Uint32Array.from(hashes) });

describe("learnFurniture", () => {
  it("takes the shingles an outlet repeats in different events, sorted", () => {
    const found = learnFurniture([placed("x.example", 0, [1, 2, 9]), placed("x.example", 1, [2, 4, 9]), placed("x.example", 1, [4, 5])], O);
    expect([...found.get("x.example")!]).toEqual([2, 9]);
  });

  // [label, reports] — none of these is furniture
  const NOT_FURNITURE: [string, PlacedShingles[]][] = [
    ["one outlet's two reports of one event (its follow-up quotes the first)", [placed("x.example", 3, [7]), placed("x.example", 3, [7])]],
    ["two outlets, each once (a wire story, not a site's page)", [placed("x.example", 0, [7]), placed("y.example", 1, [7])]],
    ["the unknown outlet, which is many sites", [placed("unknown", 0, [7]), placed("unknown", 1, [7])]],
    [
      "a phrase in 2 of a big outlet's 1,000 events (its formulas recur; 0.3% is 3)",
      Array.from({ length: 1000 }, (_, e) => placed("big.example", e, e < 2 ? [7] : [100 + e])),
    ],
  ];
  it.each(NOT_FURNITURE)("leaves out %s", (_label, reports) => {
    expect([...learnFurniture(reports, O).values()].some((h) => h.includes(7))).toBe(false);
  });

  it("needs 0.3% of a big outlet's reports: 3 events of 1,000", () => {
    const reports = Array.from({ length: 1000 }, (_, e) => placed("big.example", e, e < 3 ? [7] : [100 + e]));
    expect([...learnFurniture(reports, O).get("big.example")!]).toEqual([7]);
  });
});

// A site's menu and "most read" box, 24 words, printed on every page it serves.
const MENU = "الرئيسية أخبار عاجلة سياسة اقتصاد رياضة ثقافة منوعات فيديو صور الأكثر قراءة اشترك في النشرة البريدية تابعونا على فيسبوك وتويتر سياسة الخصوصية اتصل بنا";
const NEWS = "وأغلقت سلطات المطار المدرج الرئيسي وعلقت الرحلات وانتظر المسافرون حقائبهم عند البوابات ساعات طويلة.";
const NAME = "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود";
const words = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === "word").map((t) => t.normal);
/** furnitureSpans of a text's own words and shingles */
const spansIn = (tokens: readonly Token[], furniture: Uint32Array | undefined) => {
  const ws = tokens.filter((t) => t.kind === "word");
  return furnitureSpans(ws, shingleSequence(ws), furniture, O.minRun);
};
const cutFrom = (page: string, furnitureOf: string) =>
  words(outside(tokenize(page).tokens, spansIn(tokenize(page).tokens, shingleHashes(tokenize(furnitureOf).tokens)))).join(" ");

describe("furnitureSpans and outside", () => {
  // [label, page, the outlet's furniture, words left]
  const CASES: [string, string, string, string][] = [
    ["cuts the menu before the report", `${MENU}\n${NEWS}`, MENU, words(tokenize(NEWS).tokens).join(" ")],
    ["cuts the menu after it too", `${NEWS}\n${MENU}`, MENU, words(tokenize(NEWS).tokens).join(" ")],
    // false positives: recurring phrases that are news, or too little of the menu to be it
    ["keeps a recurring name (9 words, under 16)", `${NAME} ${NEWS}`, `${NAME} ${MENU}`, words(tokenize(`${NAME} ${NEWS}`).tokens).join(" ")],
    ["keeps ten words of the menu quoted in a report", `${MENU.split(" ").slice(0, 10).join(" ")} ${NEWS}`, MENU, words(tokenize(`${MENU.split(" ").slice(0, 10).join(" ")} ${NEWS}`).tokens).join(" ")],
    ["keeps everything when the outlet has other furniture", `${MENU}\n${NEWS}`, NAME + " " + NEWS.slice(0, 20), words(tokenize(`${MENU}\n${NEWS}`).tokens).join(" ")],
  ];
  it.each(CASES)("%s", (_label, page, furniture, left) => expect(cutFrom(page, furniture)).toBe(left));

  it("cuts a run of 16 words of furniture, keeps one of 15", () => {
    const menu = MENU.split(" ");
    const run = (n: number) => `${menu.slice(0, n).join(" ")} ${NEWS}`;
    expect(cutFrom(run(16), MENU)).toBe(words(tokenize(NEWS).tokens).join(" "));
    expect(cutFrom(run(15), MENU)).toBe(words(tokenize(run(15)).tokens).join(" "));
  });

  it("returns the page's tokens themselves when the outlet has no furniture", () => {
    const tokens = tokenize(`${MENU}\n${NEWS}`).tokens;
    expect(outside(tokens, spansIn(tokens, undefined))).toBe(tokens);
  });

  it("blanks spans in a text of the same length, each a line break then spaces", () => {
    const text = `${MENU} ${NEWS}`;
    const spans = spansIn(tokenize(text).tokens, shingleHashes(tokenize(MENU).tokens));
    const out = blanked(text, spans);
    expect(out).toHaveLength(text.length);
    expect(out.slice(spans[0]!.end)).toBe(text.slice(spans[0]!.end));
    expect(out.slice(0, spans[0]!.end).trim()).toBe("");
    expect(out[spans[0]!.start]).toBe("\n");
  });
});

describe("a page saved whole from a known outlet", () => {
  const QUAKE = "ضرب زلزال عنيف بقوة سبع درجات على مقياس ريختر مدينة ساحلية فانهارت مبان وعلقت أسر تحت الركام وهرعت فرق الإنقاذ.";
  const FLOOD = "وأغرقت أمطار غزيرة وسيول جارفة قرى النهر وجرفت الجسر الخشبي وانقلب قارب صيد قرب السد القديم.";
  const FIRE = "اندلع حريق هائل في مستودع للأخشاب بالمنطقة الصناعية وتصاعدت أعمدة الدخان وهرعت سيارات الدفاع المدني.";
  // the site's three pages, each of another event, and other outlets' reports of the quake
  const db = compileDatabase(
    [
      { id: "x1", source: "x.example", body: `${MENU}\n${QUAKE}` },
      { id: "x2", source: "x.example", body: `${MENU}\n${FLOOD}` },
      { id: "x3", source: "x.example", body: `${MENU}\n${FIRE}` },
      { id: "y1", source: "y.example", body: `${QUAKE}\n${NEWS}` },
    ],
    { credits: [] },
  );
  const index = buildReportIndex(db);
  const page = `${MENU}\n${QUAKE.replace("سبع", "ست")}\n${MENU}`;

  it("learns the site's menu as its furniture when the database is built", () => {
    expect(db.body.furniture.get("x.example")?.length).toBeGreaterThan(0);
    expect(db.body.furniture.has("y.example")).toBe(false);
  });

  it("matches on the report's words alone once its outlet is known", () => {
    const known = matchArticle(index, { text: page, source: "x.example" });
    const unknown = matchArticle(index, { text: page });
    expect([...(known.self ? [known.self] : []), ...known.related.map((r) => r.id)].sort()).toEqual(["x1", "y1"]);
    expect(known.bestScore).toBeGreaterThan(unknown.bestScore);
    const menuWords = new Set(MENU.split(" "));
    expect(known.related.flatMap((r) => r.why).filter((w) => menuWords.has(w))).toEqual([]);
  });

  it("takes no detail from the furniture, and the report's own details keep their place in the page", () => {
    // the site's "most read" box tells another day's crash, with its toll
    const box = "الأكثر قراءة مقتل خمسة أشخاص في حادث سير مروع على طريق المطار الدولي اشترك في النشرة البريدية تابعونا على فيسبوك";
    const pages = [QUAKE, FLOOD, FIRE].map((news, k) => ({ id: `b${k}`, source: "box.example", body: `${box}\n${news}` }));
    const boxIndex = buildReportIndex(compileDatabase([...pages, { id: "y1", source: "y.example", body: `${QUAKE}\n${NEWS}` }], { credits: [] }));
    const text = `${box}\n${QUAKE.replace("فانهارت مبان", "فانهارت مبان وقتل ثلاثة أشخاص")}`;
    const tolls = (source?: string) => analyzeArticle(boxIndex, { text, ...(source ? { source } : {}) }).details.counts.map((c) => [c.slot, c.min, text.slice(c.start, c.end)]);
    expect(tolls()).toEqual([["killed", 5, "خمسة أشخاص"], ["killed", 3, "ثلاثة أشخاص"]]);
    expect(tolls("box.example")).toEqual([["killed", 3, "ثلاثة أشخاص"]]);
  });

  it("cuts the furniture's details from the database's own reports too, and keeps their own", () => {
    const box = "الأكثر قراءة مقتل خمسة أشخاص في حادث سير مروع على طريق المطار الدولي اشترك في النشرة البريدية تابعونا على فيسبوك";
    const own = QUAKE.replace("فانهارت مبان", "فانهارت مبان وقتل ثلاثة أشخاص");
    const boxed = compileDatabase(
      [
        ...[own, FLOOD, FIRE].map((news, k) => ({ id: `b${k}`, source: "box.example", body: `${box}
${news}` })),
        // another outlet prints the same words once: no furniture of its own, its details stay
        { id: "y1", source: "y.example", body: `${box}
${NEWS}` },
      ],
      { credits: [] },
    );
    const tolls = (id: string) => boxed.body.reports.find((r) => r.id === id)!.d.counts.map((c) => [c.slot, c.min, c.text]);
    expect(tolls("b0")).toEqual([["killed", 3, "ثلاثة أشخاص"]]);
    expect(tolls("b1")).toEqual([]);
    expect(tolls("y1")).toEqual([["killed", 5, "خمسة أشخاص"]]);
  });

  it("keeps a report's own figure right after the furniture, written in digits (review)", () => {
    const box = "الأكثر قراءة مقتل خمسة أشخاص في حادث سير مروع على طريق المطار الدولي اشترك في النشرة البريدية تابعونا على فيسبوك";
    // the words after each figure differ, so no shingle across the box's end recurs
    const own = ["12 قتيلا", "13 جريحا", "14 مفقودا"].map((toll, k) => `${box}\n${toll} حين ${[QUAKE, FLOOD, FIRE][k]}`);
    const boxed = compileDatabase(own.map((body, k) => ({ id: `b${k}`, source: "box.example", body })), { credits: [] });
    expect(boxed.body.reports.map((r) => r.d.counts.map((c) => [c.slot, c.min]))).toEqual([[["killed", 12]], [["injured", 13]], [["missing", 14]]]);
  });
});

describe("furnitureRuns", () => {
  const sequenceOf = (text: string) => shingleSequence(tokenize(text).tokens.filter((t) => t.kind === "word"));
  const menu = shingleHashes(tokenize(MENU).tokens);
  const news = NEWS.split(" ").length;

  it("gives the words of a run as [start, end), the same run furnitureSpans gives as characters", () => {
    const text = `${NEWS} ${MENU} ${NEWS}`;
    expect(furnitureRuns(sequenceOf(text), menu, O.minRun)).toEqual([{ start: news, end: news + MENU.split(" ").length }]);
    expect(spansIn(tokenize(text).tokens, menu)).toEqual([{ start: NEWS.length + 1, end: NEWS.length + 1 + MENU.length }]);
  });

  // false positives: nothing to cut
  it.each([
    ["no furniture", `${MENU} ${NEWS}`, undefined],
    ["a text shorter than a shingle", "الأكثر قراءة", menu],
    ["a run shorter than minRun", `${MENU.split(" ").slice(0, 15).join(" ")} ${NEWS}`, menu],
  ] as const)("none for %s", (_label, text, furniture) => expect(furnitureRuns(sequenceOf(text), furniture, O.minRun)).toEqual([]));
});
