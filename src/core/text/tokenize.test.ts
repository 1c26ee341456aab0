import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenize } from "./tokenize.ts";
import { keyOf } from "./normalize.ts";

const CASES: [string, [string, "word" | "number"][]][] = [
  ["وقال أوستن", [["وقال", "word"], ["اوستن", "word"]]],
  ["أُصيب 21فرداً", [["اصيب", "word"], ["21", "number"], ["فردا", "word"]]],
  ["٢٫٥ مليون", [["2.5", "number"], ["مليون", "word"]]],
  ["إف-16", [["اف", "word"], ["16", "number"]]],
  ["العـــراق.", [["العراق", "word"]]],
  ["نحو 1,000 جندي", [["نحو", "word"], ["1000", "number"], ["جندي", "word"]]],
  // false positives: a full stop after a number is not a decimal point
  ["عددهم 5. وقال", [["عددهم", "word"], ["5", "number"], ["وقال", "word"]]],
];

describe("tokenize", () => {
  it.each(CASES)("%s", (src, expected) => {
    expect(tokenize(src).tokens.map((t) => [t.normal, t.kind])).toEqual(expected);
  });

  it("every token's source slice normalizes to the token (lossless spans)", () => {
    const palette = fc.constantFrom("ا", "أ", "ة", "وال", " ", "\u200F", "\u064E", "ـ", "٣", "3", ",", "٫", ".", "😀", "ﻻ", "-", "x");
    fc.assert(
      fc.property(fc.array(palette, { maxLength: 50 }).map((a) => a.join("")), (src) => {
        const { tokens } = tokenize(src);
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          last = t.end;
          expect(keyOf(src.slice(t.start, t.end))).toBe(t.normal);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
