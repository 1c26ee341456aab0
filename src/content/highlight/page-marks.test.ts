import { describe, expect, it } from "vitest";
import type { Agreement } from "../../core/conflict/types.ts";
import type { AnalysisSummary } from "../../protocol/results.ts";
import { pageMarks } from "./page-marks.ts";

const text = "قال وزير الدفاع جيمس أوستن اليوم";
const summary = (self: string | null, severity: "fact" | "wording" = "fact", start = 16, end = 26, agreements: Agreement[] = []) =>
  ({
    agreements,
    url: "http://x/",
    event: null,
    related: [],
    self,
    truncated: false,
    analysisMs: 1,
    source: "unknown",
    conflicts: [
      {
        kind: "person",
        slot: "defense_minister:US",
        severity,
        values: [
          { value: "جيمس أوستن", text: "جيمس أوستن", quote: text, report: self ?? "page", source: "unknown", start, end },
          { value: "لويد أوستن", text: "لويد أوستن", quote: "…لويد أوستن…", report: "seed-000", source: "unknown" },
        ],
      },
    ],
  }) as unknown as AnalysisSummary;

describe("pageMarks", () => {
  it("takes the page's own values of factual conflicts, with the text we sent", () => {
    for (const self of ["seed-001", null]) {
      const marks = pageMarks(summary(self), text);
      expect(marks.map((m) => m.span)).toEqual([{ start: 16, end: 26, text: "جيمس أوستن" }]);
    }
  });
  // false positives
  it.each([
    ["wording-only conflicts", summary("seed-001", "wording")],
    ["offsets past the text", summary("seed-001", "fact", 30, 99)],
    ["reversed offsets", summary("seed-001", "fact", 26, 16)],
  ])("skips %s", (_, s) => {
    expect(pageMarks(s, text)).toEqual([]);
  });
});

describe("pageMarks with confirmed details", () => {
  const minister = (reports: string[], spans = [{ start: 4, end: 15 }]): Agreement => ({ kind: "role", slot: "defense_minister:US", value: "وزير الدفاع", reports, voices: reports.length, spans });
  it("adds the page's words for details other outlets confirm, when the reader asks for them", () => {
    const marks = pageMarks(summary("seed-001", "fact", 16, 26, [minister(["seed-001", "seed-000"])]), text, true);
    expect(marks.map((m) => [m.kind, m.span.text])).toEqual([
      ["conflict", "جيمس أوستن"],
      ["confirmed", "وزير الدفاع"],
    ]);
  });
  // false positives
  it.each([
    ["the reader has not turned them on", summary("seed-001", "fact", 16, 26, [minister(["seed-001", "seed-000"])]), false],
    ["the page is not among the confirming reports", summary("seed-001", "fact", 16, 26, [minister(["seed-000", "seed-002"])]), true],
    ["a span that overlaps a conflict's", summary("seed-001", "fact", 16, 26, [minister(["seed-001", "seed-000"], [{ start: 16, end: 20 }])]), true],
    ["a span past the text", summary("seed-001", "fact", 16, 26, [minister(["seed-001", "seed-000"], [{ start: 30, end: 99 }])]), true],
  ])("adds none when %s", (_, s, confirmed) => {
    expect(pageMarks(s, text, confirmed).filter((m) => m.kind === "confirmed")).toEqual([]);
  });
});
