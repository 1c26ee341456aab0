import { describe, expect, it } from "vitest";
import { compileDatabase } from "./compile.ts";
import { DatabaseError, decodeDatabase, encodeDatabase } from "./codec.ts";
import { hashHex } from "../../shared/hash.ts";
import { encodeVectors } from "./vector-codec.ts";
import { seedRecords } from "../../../test/support/corpus.ts";

const db = compileDatabase(seedRecords(), { credits: [{ sources: ["seeds.jsonl"], name: "seeds", licence: "test" }] });
const { checksum: _c, ...header } = db.header;
const good = encodeDatabase(header, db.body);
const [headerLine, bodyLine] = good.split("\n") as [string, string];

/** A file with a body edit and a checksum that matches it: only the schema or the references can refuse it. */
function resealed(edit: (body: Record<string, unknown>) => void, headerEdit: (h: Record<string, unknown>) => void = () => {}): string {
  const body = JSON.parse(bodyLine);
  edit(body);
  const h = JSON.parse(headerLine);
  headerEdit(h);
  const text = JSON.stringify(body);
  return `${JSON.stringify({ ...h, checksum: hashHex(text) })}\n${text}\n`;
}

// [label, file text, words the error must contain]
const BAD: [string, string, string][] = [
  ["empty file", "", "no header"],
  ["not JSON", "hello\nworld", "header is not JSON"],
  ["another format", good.replace('"format":"sada-db"', '"format":"other"'), "unknown format"],
  ["a newer version", good.replace('"formatVersion":2', '"formatVersion":3'), "version 3 is not supported"],
  ["an older version", good.replace('"formatVersion":2', '"formatVersion":1'), "version 1 is not supported"],
  ["truncated", good.slice(0, Math.floor(good.length * 0.7)), "checksum"],
  ["one byte changed", good.replace("seed-003", "seed-00X"), "checksum"],
  ["wrong field type", resealed((b) => ((b.reports as { id: unknown }[])[0]!.id = 7)), "reports.0.id"],
  ["event index out of range", resealed((b) => ((b.reports as { event: number }[])[0]!.event = 99)), "out of range"],
  ["feature index out of range", resealed((b) => ((b as { vectors: string }).vectors = encodeVectors([{ features: [1e6], weights: [1] }, ...Array(4).fill({ features: [], weights: [] })]))), "feature out of range"],
  ["vocabulary out of order", resealed((b) => (b.features as string[]).reverse()), "not sorted"],
  ["vectors cut short", resealed((b) => ((b as { vectors: string }).vectors = (b as { vectors: string }).vectors.slice(0, 40))), "vectors"],
  ["vectors not base64", resealed((b) => ((b as { vectors: string }).vectors = "!!!!")), "not base64"],
  ["counts disagree with body", resealed(() => {}, (h) => ((h.counts as { reports: number }).reports = 6)), "counts"],
  ["members disagree", resealed((b) => ((b.events as { members: number[] }[])[0]!.members = [4])), "disagree"],
];

describe("decodeDatabase", () => {
  it("reads what encodeDatabase writes", () => expect(decodeDatabase(good).body.reports).toHaveLength(5));
  it.each(BAD)("refuses %s", (_label, text, words) => {
    expect(() => decodeDatabase(text)).toThrow(DatabaseError);
    expect(() => decodeDatabase(text)).toThrow(words);
  });
  it("does not pollute prototypes", () => {
    const text = resealed((b) => Object.defineProperty(b, "__proto__", { value: { polluted: true }, enumerable: true }));
    try {
      decodeDatabase(text);
    } catch {
      // refused or accepted, nothing may leak into Object.prototype
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
