import { describe, expect, it } from "vitest";
import { countsWithoutTemplates, sourceTemplates } from "./templates.ts";

const O = { minReports: 3, minShare: 0.3 };
/** reports of one outlet: each a list of feature ids */
const outlet = (source: string, ...reports: number[][]) => reports.map((ids) => ({ source, ids }));
const templateOf = (reports: ReturnType<typeof outlet>, source: string) => [...(sourceTemplates(reports, O).get(source) ?? [])].sort((a, b) => a - b);

describe("sourceTemplates", () => {
  // [label, reports, outlet, its template]
  const CASES: [string, ReturnType<typeof outlet>, string, number[]][] = [
    ["the site's menu words in every report", outlet("site.com", [1, 2, 10], [1, 2, 20], [1, 2, 30], [1, 2, 40]), "site.com", [1, 2]],
    ["a footer in a third of ten reports", outlet("site.com", ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i < 3 ? [9, 100 + i] : [100 + i]))), "site.com", [9]],
    ["a footer in four of eleven reports (a share of 0.3 asks 3.3)", outlet("site.com", ...Array.from({ length: 11 }, (_, i) => (i < 4 ? [9, 100 + i] : [100 + i]))), "site.com", [9]],
    ["each outlet its own", [...outlet("a.com", [1, 5], [1, 6], [1, 7]), ...outlet("b.com", [2, 5], [2, 8], [2, 9])], "b.com", [2]],
  ];
  it.each(CASES)("%s", (_l, reports, source, template) => expect(templateOf(reports, source)).toEqual(template));

  // false positives: news words are no template
  const NOT: [string, ReturnType<typeof outlet>, string][] = [
    ["an outlet with two reports of one event", outlet("site.com", [1, 2, 3], [1, 2, 3]), "site.com"],
    ["a word in two of ten reports", outlet("site.com", ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i < 2 ? [7, 100 + i] : [100 + i]))), "site.com"],
    ["a word in three of eleven reports, under a share of 0.3", outlet("site.com", ...Array.from({ length: 11 }, (_, i) => (i < 3 ? [7, 100 + i] : [100 + i]))), "site.com"],
    ["one feature shared across outlets, in no outlet's majority", [...outlet("a.com", [1], [2], [3]), ...outlet("b.com", [1], [4], [5])], "a.com"],
    ["the unknown outlet is many sites", outlet("unknown", [1, 2], [1, 3], [1, 4], [1, 5]), "unknown"],
  ];
  it.each(NOT)("%s", (_l, reports, source) => expect(templateOf(reports, source)).toEqual([]));
});

describe("countsWithoutTemplates", () => {
  it("drops the template from each of the outlet's reports and keeps the counts of the rest", () => {
    const reports = [1, 2, 3].map((i) => ({ source: "site.com", ids: [1, 10 + i], tf: [4, 2] }));
    expect(countsWithoutTemplates(reports, O)).toEqual([[[11, 2]], [[12, 2]], [[13, 2]]]);
  });
});
