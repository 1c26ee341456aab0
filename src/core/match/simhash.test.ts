import { describe, expect, it } from "vitest";
import { hammingDistance, simhash } from "./simhash.ts";
import { shingleHashes } from "./shingles.ts";
import { mainTokens } from "./features.ts";
import { seedRecords } from "../../../test/support/corpus.ts";

const seeds = seedRecords();
const hashOf = (text: string) => simhash(shingleHashes(mainTokens(text)));
const body = (n: string) => seeds.find((s) => s.id === `seed-${n}`)!.body;

describe("simhash", () => {
  // [label, variant of seed 000's text] — the same article as read from a page
  const SAME: [string, string][] = [
    ["lines joined", body("000").replace(/\n/g, " ")],
    ["a headline added", `تقرير إخباري\n${body("000")}`],
    ["last paragraph dropped", body("000").split("\n").slice(0, -1).join("\n")],
    ["diacritics and tatweel", body("000").replace(/وزير/g, "وَزيـر")],
  ];
  it.each(SAME)("%s: a few bits apart", (_l, text) => expect(hammingDistance(hashOf(text), hashOf(body("000")))).toBeLessThanOrEqual(10));

  // false positives: other reports, even of the same event, are far apart
  it.each(["001", "002", "003", "004"])("seed %s is far from seed 000", (n) => {
    expect(hammingDistance(hashOf(body(n)), hashOf(body("000")))).toBeGreaterThan(16);
  });
  it("is 16 hex digits and symmetric", () => {
    const a = hashOf(body("001"));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hammingDistance(a, hashOf(body("002")))).toBe(hammingDistance(hashOf(body("002")), a));
  });
});
