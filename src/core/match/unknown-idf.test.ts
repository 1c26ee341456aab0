import { describe, expect, it } from "vitest";
import { unknownFeatureIdf } from "./unknown-idf.ts";

describe("unknownFeatureIdf", () => {
  // [label, vocabulary idfs, idf of a feature the vocabulary lacks]
  const CASES: [string, number[], number][] = [
    ["a common word's idf: the vocabulary's 10th percentile", [9, 1, 8, 2, 7, 3, 6, 4, 5, 10], 2],
    ["a one-feature vocabulary", [4.5], 4.5],
    ["an empty vocabulary", [], 1],
  ];
  it.each(CASES)("%s", (_l, idf, expected) => expect(unknownFeatureIdf(idf)).toBe(expected));

  // false positives: an unknown feature is never weighed as the rarest one
  it("stays below the vocabulary's rarest feature", () => {
    const idf = Array.from({ length: 1000 }, (_, i) => 1 + i / 100);
    expect(unknownFeatureIdf(idf)).toBeLessThan(Math.max(...idf) / 2);
  });
  it("reads typed arrays as the loader gives them", () => expect(unknownFeatureIdf(Float64Array.from([3, 1, 2]))).toBe(1));
});
