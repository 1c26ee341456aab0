import { describe, expect, it } from "vitest";
import { sharedFirst } from "./shared-first.ts";

// feature ids ≥ 100 occur in this report alone; idf grows with the id, so single-report features weigh most
const shared = (id: number) => id < 100;
const idf = (id: number) => 1 + id / 10;
const ids = (counts: [number, number][]) => counts.map(([id]) => id).sort((a, b) => a - b);

describe("sharedFirst", () => {
  // [label, counts, topK, ids weighed]
  const CASES: [string, [number, number][], number, number[]][] = [
    ["a long page: its debris gives way to shared words", [[1, 1], [2, 1], [3, 2], [100, 1], [101, 1]], 3, [1, 2, 3]],
    ["spare room goes to the heaviest single-report feature", [[1, 1], [100, 1], [105, 1]], 2, [1, 105]],
    ["counts are kept as they were", [[4, 3], [100, 2]], 3, [4, 100]],
  ];
  it.each(CASES)("%s", (_l, counts, topK, kept) => expect(ids(sharedFirst(counts, shared, idf, topK))).toEqual(kept));

  // false positives: nothing is dropped from a report with room for everything
  const KEPT: [string, [number, number][]][] = [
    ["a headline of rare names only", [[100, 1], [101, 1], [102, 1]]],
    ["a short report, shared and rare", [[1, 1], [2, 1], [100, 1]]],
    ["an empty report", []],
  ];
  it.each(KEPT)("%s", (_l, counts) => expect(ids(sharedFirst(counts, shared, idf, 64))).toEqual(ids(counts)));
});
