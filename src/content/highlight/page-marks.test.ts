import { describe, expect, it } from "vitest";
import type { AnalysisSummary } from "../../protocol/results.ts";
import { pageMarks } from "./page-marks.ts";

const text = "قال وزير الدفاع جيمس أوستن اليوم";
const summary = (self: string | null, severity: "fact" | "wording" = "fact", start = 16, end = 26) =>
  ({
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
