import { describe, expect, it } from "vitest";
import { compileDatabase } from "./compile.ts";
import { checkEverything, DatabaseError, decodeDatabase, encodeDatabase, withHeader } from "./codec.ts";
import { encodePostings } from "./vector-codec.ts";
import { VarintWriter } from "./varint.ts";
import { fromUtf8, utf8 } from "./utf8.ts";
import { SECTIONS, type Database, type DbReport, type SectionName } from "./schema.ts";
import { REPORT_COLUMNS } from "./columns.ts";
import { writeEvents, writeReports } from "./stored-reports.ts";
import { seedRecords } from "../../../test/support/corpus.ts";
import { plainEvent, plainReport } from "../../../test/support/database.ts";

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

/** A file whose reports are edited (as plain objects) and written again. */
const editReports = (edit: (reports: DbReport[]) => void) =>
  resealed((s) => {
    const reports = db.body.reports.map(plainReport);
    edit(reports);
    s.reports = writeReports(reports);
  });

/** A file with the bytes of one report's value replaced, in its column's block (the same length, so the rest still reads). */
const withReportBytes = (field: keyof typeof REPORT_COLUMNS, row: number, bytes: number[]) =>
  resealed((s) => {
    const value = utf8(db.body.reports[row]![field]!);
    const at = indexOfBytes(s.reports, value);
    s.reports.set(bytes.slice(0, value.length).concat(Array(Math.max(0, value.length - bytes.length)).fill(0x20)), at);
  });

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  for (let i = 0; i + needle.length <= haystack.length; i++) if (needle.every((b, k) => haystack[i + k] === b)) return i;
  throw new Error("not found");
}

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
/** A furniture section of these outlets (name bytes, gaps between hashes), as written (not checked). */
function furnitureBytes(gaps: number[], outlets: Uint8Array[] = [utf8("x.example")]): Uint8Array {
  const out = new VarintWriter();
  out.uint(outlets.length);
  for (const name of outlets) out.uint(name.length);
  for (const name of outlets) out.append(name);
  for (const _ of outlets) {
    out.uint(gaps.length);
    for (const g of gaps) out.uint(g);
  }
  return out.finish();
}

const BAD: [string, Uint8Array, string][] = [
  ["empty file", text(""), "no header"],
  ["not JSON", text("hello\nworld"), "header is not JSON"],
  ["another format", withHeaderText((h) => h.replace('"format":"sada-db"', '"format":"other"')), "unknown format"],
  ["a newer version", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":9')), "version 9 is not supported"],
  ["no slots of a disease, version 7", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":7')), "version 7 is not supported"],
  ["no page furniture, version 6", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":6')), "version 6 is not supported"],
  ["the JSON version 2", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":2')), "version 2 is not supported"],
  ["the first binary layout, version 3", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":3')), "version 3 is not supported"],
  ["forward vectors, version 4", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":4')), "version 4 is not supported"],
  ["JSON report columns, version 5", withHeaderText((h) => h.replace('"formatVersion":8', '"formatVersion":5')), "version 5 is not supported"],
  ["a header field of the wrong type", withHeaderText((h) => h.replace(/"idfDocuments":\d+/, '"idfDocuments":"many"')), "invalid database header: idfDocuments"],
  ["truncated", good.slice(0, Math.floor(good.length * 0.7)), "truncated"],
  ["one byte changed", flipped, "checksum"],
  ["a report column cut short", resealed((s) => (s.reports = s.reports.slice(0, 60))), "invalid database body: reports: truncated"],
  ["bytes after the reports' columns", resealed((s) => (s.reports = Uint8Array.of(...s.reports, 0))), "reports: trailing data"],
  ["a publication time that is no date", editReports((r) => (r[1]!.published = "yesterday")), "reports: published.1"],
  ["a publication time that is not UTF-8", withReportBytes("published", 2, [0xff]), "reports: published.2: is not UTF-8"],
  ["event index out of range", editReports((r) => (r[0]!.event = 99)), "event.0 out of range"],
  ["report index out of range", resealed((s) => Object.assign(s, encodePostings({ offsets: new Uint32Array(db.body.features.length + 1).fill(1, 1), docs: Uint32Array.of(99), weights: Uint8Array.of(255) }))), "report out of range"],
  ["vocabulary out of order", resealed((s) => (s.vocabulary = utf8(`${fromUtf8(s.vocabulary).split("\n").slice(0, -1).reverse().join("\n")}\n`))), "not sorted"],
  ["vocabulary short of the count", resealed((s) => (s.vocabulary = s.vocabulary.slice(0, s.vocabulary.lastIndexOf(0x0a, s.vocabulary.length - 2) + 1))), "fewer names"],
  ["postings and weights of different lengths", resealed((s) => (s.weights = s.weights.slice(1))), "weights"],
  ["postings cut short", resealed((s) => (s.postings = s.postings.slice(0, 40))), "postings"],
  ["a weight of zero", resealed((s) => (s.weights = new Uint8Array(s.weights.length))), "a weight of 0"],
  ["idf cut short", resealed((s) => (s.idf = s.idf.slice(0, 10))), "idf"],
  ["an events section that is noise", resealed((s) => (s.events = Uint8Array.of(0xff, 0xfe))), "invalid database body: events"],
  ["counts disagree with body", resealed(() => {}, (h) => ((h.counts as { reports: number }).reports = 6)), "truncated"],
  ["members disagree", resealed((s) => (s.members = Uint8Array.of(1, 4, ...s.members.slice(2)))), "disagree"],
  ["furniture hashes out of order", resealed((s) => (s.furniture = furnitureBytes([5, 0]))), 'furniture: outlet "x.example": hashes not ascending'],
  ["a furniture hash past 32 bits", resealed((s) => (s.furniture = furnitureBytes([0xffffffff, 1]))), "hash out of range"],
  ["a furniture outlet's name that is not UTF-8", resealed((s) => (s.furniture = furnitureBytes([5], [Uint8Array.of(0xff, 0xfe)]))), "invalid database body: furniture"],
  ["one outlet's furniture twice", resealed((s) => (s.furniture = furnitureBytes([5], [utf8("x.example"), utf8("x.example")]))), 'outlet "x.example" twice'],
  ["bytes after the furniture", resealed((s) => (s.furniture = Uint8Array.of(...furnitureBytes([5]), 0))), "furniture: trailing data"],
  ["furniture cut short", resealed((s) => (s.furniture = furnitureBytes([5, 7]).slice(0, -1))), 'furniture: outlet "x.example": 2 hashes in 1 bytes'],
  ["detail lengths that do not add up", resealed((s) => (s.detailLengths = Uint8Array.of(1, 1, 1, 1, 1))), "details"],
];

describe("decodeDatabase", () => {
  it("reads what encodeDatabase writes, and writes it back byte for byte", () => {
    const decoded = decodeDatabase(good);
    expect(decoded.body.reports).toHaveLength(5);
    expect(encodeDatabase(decoded)).toEqual(good);
  });
  it("reads back each outlet's page furniture, hashes up to 32 bits", () => {
    const furniture = new Map([
      ["aawsat", Uint32Array.of(3, 9, 4_000_000_000)],
      ["x.example", Uint32Array.of(0, 0xffffffff)],
    ]);
    const decoded = decodeDatabase(encodeDatabase({ ...db, body: { ...db.body, furniture } }));
    expect(decoded.body.furniture).toEqual(furniture);
    expect(() => encodeDatabase({ ...db, body: { ...db.body, furniture: new Map([["x.example", Uint32Array.of(9, 3)]]) } })).toThrow('furniture of "x.example": hashes not ascending');
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
    expect(() => checkEverything(loaded)).toThrow(DatabaseError);
    expect(() => checkEverything(decodeDatabase(good))).not.toThrow();
  });
  it.each([
    ["a title that is not UTF-8", withReportBytes("title", 1, [0xff, 0xfe]), (d: Database) => d.body.reports[1]!.title, "reports: title.1: is not UTF-8"],
    ["a SimHash that is no SimHash", withReportBytes("sh", 2, [...utf8("zz")]), (d: Database) => d.body.reports[2]!.sh, "reports: sh.2"],
    ["an event date that is no date", resealed((s) => (s.events = writeEvents(db.body.events.map((e, i) => ({ ...plainEvent(e), ...(i === 0 ? { first: "2024-13-45" } : {}) }))).events)), (d: Database) => d.body.events[0]!.first, "events: first.0"],
  ])("reads %s, refuses it when it is used, and on import", (_label, file, use, words) => {
    const loaded = decodeDatabase(file);
    expect(loaded.body.reports[3]!.title).toBe(db.body.reports[3]!.title);
    expect(() => use(loaded)).toThrow(DatabaseError);
    expect(() => use(loaded)).toThrow(words);
    expect(() => checkEverything(loaded)).toThrow(words);
  });
  it("does not pollute prototypes", () => {
    const file = resealed((s) => {
      const texts = db.body.reports.map((r, i) => utf8(i === 0 ? `{"__proto__":{"polluted":true},${JSON.stringify(r.d).slice(1)}` : JSON.stringify(r.d)));
      const lengths = new VarintWriter();
      for (const t of texts) lengths.uint(t.length);
      s.details = utf8(texts.map(fromUtf8).join(""));
      s.detailLengths = lengths.finish();
    });
    void decodeDatabase(file).body.reports[0]!.d;
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
