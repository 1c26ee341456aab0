import { describe, expect, it } from "vitest";
import { compileDatabase } from "./compile.ts";
import { checkAllDetails, DatabaseError, decodeDatabase, encodeDatabase, withHeader } from "./codec.ts";
import { encodePostings } from "./vector-codec.ts";
import { VarintWriter } from "./varint.ts";
import { fromUtf8, utf8 } from "./utf8.ts";
import { SECTIONS, type SectionName } from "./schema.ts";
import { seedRecords } from "../../../test/support/corpus.ts";

const db = compileDatabase(seedRecords(), { credits: [{ sources: ["seeds.jsonl"], name: "seeds", licence: "test" }] });
const good = encodeDatabase(db);
const nl = good.indexOf(0x0a);
const headerText = fromUtf8(good.subarray(0, nl));

function sectionsOf(file: Uint8Array): Record<SectionName, Uint8Array> {
  const header = JSON.parse(fromUtf8(file.subarray(0, file.indexOf(0x0a)))) as { sections: Record<SectionName, number> };
  let at = file.indexOf(0x0a) + 1;
  return Object.fromEntries(SECTIONS.map((s) => [s, file.slice(at, (at += header.sections[s]))])) as Record<SectionName, Uint8Array>;
}

/** A file with edited sections (or header) and lengths and a checksum that match them: only the checks behind the checksum can refuse it. */
function resealed(edit: (s: Record<SectionName, Uint8Array>) => void, headerEdit: (h: Record<string, unknown>) => void = () => {}): Uint8Array {
  const sections = sectionsOf(good);
  edit(sections);
  const header = JSON.parse(headerText) as Record<string, unknown>;
  headerEdit(header);
  const parts = SECTIONS.map((s) => sections[s]);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
  const lengths = Object.fromEntries(SECTIONS.map((s) => [s, sections[s].length])) as Record<SectionName, number>;
  return withHeader(header as never, { bytes, sections: lengths });
}

/** Edits one JSON section as an object. */
const editJson = (name: SectionName, edit: (value: Record<string, unknown[]>) => void) =>
  resealed((s) => {
    const value = JSON.parse(fromUtf8(s[name])) as Record<string, unknown[]>;
    edit(value);
    s[name] = utf8(JSON.stringify(value));
  });

const text = (t: string) => utf8(t);
const withHeaderText = (edit: (h: string) => string) => {
  const line = utf8(edit(headerText));
  const out = new Uint8Array(line.length + good.length - nl);
  out.set(line);
  out.set(good.subarray(nl), line.length);
  return out;
};
const flipped = good.slice();
flipped[flipped.length - 10]! ^= 0x01;

// [label, file, words the error must contain]
const BAD: [string, Uint8Array, string][] = [
  ["empty file", text(""), "no header"],
  ["not JSON", text("hello\nworld"), "header is not JSON"],
  ["another format", withHeaderText((h) => h.replace('"format":"sada-db"', '"format":"other"')), "unknown format"],
  ["a newer version", withHeaderText((h) => h.replace('"formatVersion":5', '"formatVersion":6')), "version 6 is not supported"],
  ["the JSON version 2", withHeaderText((h) => h.replace('"formatVersion":5', '"formatVersion":2')), "version 2 is not supported"],
  ["the first binary layout, version 3", withHeaderText((h) => h.replace('"formatVersion":5', '"formatVersion":3')), "version 3 is not supported"],
  ["forward vectors, version 4", withHeaderText((h) => h.replace('"formatVersion":5', '"formatVersion":4')), "version 4 is not supported"],
  ["a header field of the wrong type", withHeaderText((h) => h.replace(/"idfDocuments":\d+/, '"idfDocuments":"many"')), "invalid database header: idfDocuments"],
  ["truncated", good.slice(0, Math.floor(good.length * 0.7)), "truncated"],
  ["one byte changed", flipped, "checksum"],
  ["a report field of the wrong type", editJson("reports", (c) => (c.id![0] = 7)), "reports: id.0"],
  ["a report column cut short", editJson("reports", (c) => c.sh!.pop()), "reports: sh has 4 rows"],
  ["a publication time that is no date", editJson("reports", (c) => (c.published![1] = "yesterday")), "reports: published.1"],
  ["an event date that is no date", editJson("events", (c) => (c.first![0] = "2024-13-45")), "events: first.0"],
  ["an unknown report column", editJson("reports", (c) => (c.body = ["x", "x", "x", "x", "x"])), "reports"],
  ["event index out of range", editJson("reports", (c) => (c.event![0] = 99)), "out of range"],
  ["report index out of range", resealed((s) => Object.assign(s, encodePostings({ offsets: new Uint32Array(db.body.features.length + 1).fill(1, 1), docs: Uint32Array.of(99), weights: Float32Array.of(1) }))), "report out of range"],
  ["vocabulary out of order", resealed((s) => (s.vocabulary = utf8(`${fromUtf8(s.vocabulary).split("\n").slice(0, -1).reverse().join("\n")}\n`))), "not sorted"],
  ["vocabulary short of the count", resealed((s) => (s.vocabulary = s.vocabulary.slice(0, s.vocabulary.lastIndexOf(0x0a, s.vocabulary.length - 2) + 1))), "fewer names"],
  ["postings and weights of different lengths", resealed((s) => (s.weights = s.weights.slice(1))), "weights"],
  ["postings cut short", resealed((s) => (s.postings = s.postings.slice(0, 40))), "postings"],
  ["a weight of zero", resealed((s) => (s.weights = new Uint8Array(s.weights.length))), "a weight of 0"],
  ["idf cut short", resealed((s) => (s.idf = s.idf.slice(0, 10))), "idf"],
  ["a section that is not UTF-8", resealed((s) => (s.events = Uint8Array.of(0xff, 0xfe))), "invalid database body: events"],
  ["counts disagree with body", resealed(() => {}, (h) => ((h.counts as { reports: number }).reports = 6)), "counts"],
  ["members disagree", resealed((s) => (s.members = Uint8Array.of(1, 4, ...s.members.slice(2)))), "disagree"],
  ["detail lengths that do not add up", resealed((s) => (s.detailLengths = Uint8Array.of(1, 1, 1, 1, 1))), "details"],
];

describe("decodeDatabase", () => {
  it("reads what encodeDatabase writes, and writes it back byte for byte", () => {
    const decoded = decodeDatabase(good);
    expect(decoded.body.reports).toHaveLength(5);
    expect(encodeDatabase(decoded)).toEqual(good);
  });
  it("reads a file that starts at any offset of its buffer (the checksum's word view needs alignment)", () => {
    const shifted = new Uint8Array(good.length + 1);
    shifted.set(good, 1);
    expect(decodeDatabase(shifted.subarray(1)).header).toEqual(decodeDatabase(good).header);
  });
  it.each(BAD)("refuses %s", (_label, file, words) => {
    expect(() => decodeDatabase(file)).toThrow(DatabaseError);
    expect(() => decodeDatabase(file)).toThrow(words);
  });
  it("reads details when they are used, and refuses damaged ones then, or all at once on import", () => {
    const damaged = resealed((s) => {
      const texts = db.body.reports.map((r, i) => utf8(JSON.stringify(i === 0 ? { ...r.d, people: "many" } : r.d)));
      const lengths = new VarintWriter();
      for (const t of texts) lengths.uint(t.length);
      s.details = utf8(texts.map(fromUtf8).join(""));
      s.detailLengths = lengths.finish();
    });
    const loaded = decodeDatabase(damaged);
    expect(loaded.body.reports[1]!.d).toEqual(db.body.reports[1]!.d);
    expect(() => loaded.body.reports[0]!.d).toThrow("reports.0.d.people");
    expect(() => checkAllDetails(loaded)).toThrow(DatabaseError);
    expect(() => checkAllDetails(decodeDatabase(good))).not.toThrow();
  });
  it("does not pollute prototypes", () => {
    const file = editJson("reports", (c) => Object.defineProperty(c, "__proto__", { value: { polluted: true }, enumerable: true }));
    expect(() => decodeDatabase(file)).toThrow(DatabaseError);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
