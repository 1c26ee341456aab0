import { describe, expect, it } from "vitest";
import { KeyIndex } from "./key-index.ts";
import { TextColumn } from "./text-column.ts";
import { reportLookup } from "./stored-reports.ts";
import { compileDatabase } from "./compile.ts";
import { saudiNewsNetSample, seedRecords } from "../../../test/support/corpus.ts";
import { plainReport } from "../../../test/support/database.ts";

const lookup = (values: string[]) => new KeyIndex(TextColumn.from(values), (row) => values[row]);

describe("KeyIndex", () => {
  it("finds each value's first row, as a Map filled first-come would", () => {
    const values = ["https://a.example/1", "", "سعودي", "https://a.example/1", "x", "https://a.example/10"];
    const index = lookup(values);
    expect(values.map((v) => index.get(v))).toEqual([0, undefined, 2, 0, 4, 5]);
    expect(index.get("https://a.example/")).toBeUndefined();
    expect(index.get("y")).toBeUndefined();
  });
  it("holds thousands of keys that share prefixes and hash together", () => {
    const values = Array.from({ length: 5000 }, (_, i) => `snn-${i}`);
    const index = lookup(values);
    expect(values.every((v, i) => index.get(v) === i)).toBe(true);
    expect(index.get("snn-5000")).toBeUndefined();
  });
  it("does not take a lone surrogate for the U+FFFD its UTF-8 stands for", () => {
    expect(lookup(["\uFFFD"]).get("\uD800")).toBeUndefined();
  });
});

describe("reportLookup", () => {
  it("answers alike over a file's columns and over reports made in memory", () => {
    const { reports } = compileDatabase([...saudiNewsNetSample(30), ...seedRecords()], { credits: [] }).body;
    const plain = reports.map(plainReport);
    for (const field of ["id", "url"] as const) {
      const stored = reportLookup(reports, field);
      const made = reportLookup(plain, field);
      const keyed = plain.filter((r) => r[field]);
      expect(keyed.length).toBeGreaterThan(25);
      for (const r of keyed) expect([stored.get(r[field]!), made.get(r[field]!)]).toEqual([plain.indexOf(r), plain.indexOf(r)]);
    }
  }, 30_000);
});
