import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withDamagedText } from "../support/database.ts";

// The built `sada` command, run as a user runs it: exit codes, one-line errors, JSON shapes.
const CLI = "dist/cli/sada.mjs";
const SEEDS = "test/fixtures/seeds";
const seed = (n: string) => join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(n))!);
const tmp = mkdtempSync(join(tmpdir(), "sada-cli-"));
const db = join(tmp, "seeds.db.json.gz");

function sada(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  execFileSync("npx", ["tsx", "build/build.ts", "--cli-only"], { stdio: "ignore" });
  const built = sada(["build-db", "src/data/corpus/seeds.jsonl", "--out", db]);
  expect(built.code, built.err).toBe(0);
}, 60_000);

describe("sada build-db", () => {
  it("reports what it wrote", () => {
    const r = sada(["build-db", "src/data/corpus/seeds.jsonl", "--out", join(tmp, "again.json.gz")]);
    expect(r.err).toMatch(/wrote .*again\.json\.gz: 5 reports, \d+ events/);
  });
  it("names file, line and field of a bad record, and --skip-invalid keeps the rest", () => {
    const corpus = join(tmp, "bad.jsonl");
    writeFileSync(corpus, [`{"id":"a","source":"s","body":"نص"}`, `{"id":"b","source":"s"}`, `{"id":"c","source":"s","body":"نص آخر"}`].join("\n"));
    const strict = sada(["build-db", corpus, "--out", join(tmp, "bad.json.gz")]);
    expect(strict.code).toBe(1);
    expect(strict.err.trim().split("\n")).toHaveLength(1);
    expect(strict.err).toContain(`${corpus}:2: field "body"`);
    const lenient = sada(["build-db", corpus, "--out", join(tmp, "bad.json.gz"), "--skip-invalid"]);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toMatch(/2 reports.*1 bad records skipped/);
  });
});

describe("sada match", () => {
  it("lists 001 and 002 for seed 000, not 003 or 004, with the name conflict", () => {
    const r = sada(["match", "--db", db, seed("000"), "--json"]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.event).toMatchObject({ id: expect.any(String), title: expect.any(String), size: expect.any(Number) });
    expect(out.related.map((x: { id: string }) => x.id).sort()).toEqual(["seed-001", "seed-002"]);
    expect(out.self).toBe("seed-000");
    for (const rel of out.related) expect(Object.keys(rel)).toEqual(expect.arrayContaining(["id", "source", "score"]));
  });
  it("--source names the page's outlet: only that outlet's report can be the page itself", () => {
    const own = JSON.parse(sada(["match", "--db", db, seed("002"), "--source", "almustakillah.com", "--json"]).out);
    expect(own.self).toBe("seed-002");
    const other = JSON.parse(sada(["match", "--db", db, seed("002"), "--source", "arab48.com", "--json"]).out);
    expect(other.self).toBeNull();
    expect(other.related.map((x: { id: string }) => x.id)).toContain("seed-002");
  });
  it("--source with an outlet the database lacks says so on stderr, and still answers", () => {
    const r = sada(["match", "--db", db, seed("002"), "--source", "arab84.com", "--json"]);
    expect(r.code, r.err).toBe(0);
    expect(r.err.trim()).toBe(`sada: note: no report in ${db} is from "arab84.com" (sada stats lists the outlets)`);
    expect(JSON.parse(r.out).event).not.toBeNull();
    expect(sada(["match", "--db", db, seed("002"), "--source", "arab48.com"]).err).toBe("");
  });
  it("reads standard input", () => {
    const r = sada(["match", "--db", db, "-"], "هذا نص عربي قصير عن موضوع لا علاقة له بأي حدث في قاعدة البيانات على الإطلاق ولا يشبهه شيء");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/No matching event/);
  });
});

describe("sada stats", () => {
  it("counts each outlet's furniture phrases, learnt from its pages of different events", () => {
    const menu = "الرئيسية أخبار عاجلة سياسة اقتصاد رياضة ثقافة منوعات فيديو صور الأكثر قراءة اشترك في النشرة البريدية تابعونا على فيسبوك وتويتر";
    const news = [
      "ضرب زلزال عنيف بقوة سبع درجات على مقياس ريختر مدينة ساحلية فانهارت مبان وعلقت أسر تحت الركام.",
      "وأغرقت أمطار غزيرة وسيول جارفة قرى النهر وجرفت الجسر الخشبي وانقلب قارب صيد قرب السد القديم.",
      "اندلع حريق هائل في مستودع للأخشاب بالمنطقة الصناعية وتصاعدت أعمدة الدخان وهرعت سيارات الدفاع المدني.",
    ];
    const corpus = join(tmp, "site.jsonl");
    const lines = news.map((n, k) => JSON.stringify({ id: `x${k}`, source: "x.example", body: `${menu}\n${n}` }));
    writeFileSync(corpus, [...lines, JSON.stringify({ id: "y0", source: "y.example", body: news[0] })].join("\n"));
    expect(sada(["build-db", corpus, "--out", join(tmp, "site.json.gz")]).code).toBe(0);
    const stats = JSON.parse(sada(["stats", "--db", join(tmp, "site.json.gz"), "--json"]).out);
    expect(stats.furnitureBySource["x.example"]).toBeGreaterThan(0);
    expect(stats.furnitureBySource["y.example"]).toBeUndefined();
  });
});

describe("sada compare and extract", () => {
  it("compare finds the defense secretary's given name conflict between 000 and 001", () => {
    const r = sada(["compare", "--json", seed("000"), seed("001")]);
    expect(r.code, r.err).toBe(0);
    const { conflicts } = JSON.parse(r.out);
    const person = conflicts.find((c: { kind: string }) => c.kind === "person");
    expect(person.values.map((v: { value: string }) => v.value).sort()).toEqual(["جيمس أوستن", "لويد أوستن"]);
    for (const c of conflicts) expect(["count", "person", "place", "date", "role", "claim"]).toContain(c.kind);
  });
  it("extract gives spans that slice back to their text", () => {
    const r = sada(["extract", "--json", seed("004")]);
    expect(r.code, r.err).toBe(0);
    const out = JSON.parse(r.out);
    const source = execFileSync("cat", [seed("004")], { encoding: "utf8" });
    for (const kind of ["counts", "people", "places", "dates"]) {
      expect(Array.isArray(out[kind])).toBe(true);
      for (const d of out[kind]) expect(source.slice(d.start, d.end)).toBe(d.text);
    }
    expect(out.counts.some((c: { min: number; slot: string }) => c.slot === "injured" && c.min === 21)).toBe(true);
  });
  it("extract prints each date with the part of the day it is told with", () => {
    const r = sada(["extract", "-"], "لقي شخصان مصرعهما في حادث مروري وقع صباح اليوم بطريق الدمام، وأعلنت الشرطة يوم الأحد أن التحقيق مستمر.");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/relative \(morning\)\s+«صباح اليوم»/u);
    expect(r.out).toMatch(/weekday\s+«يوم الأحد»/u);
  });
});

// [label, args, stdin, expected stderr words, expected exit code]
const ERRORS: [string, string[], string | undefined, RegExp, number][] = [
  ["missing file", ["extract", join(tmp, "nope.txt")], undefined, /no such file/, 1],
  ["empty input", ["extract", "-"], "   \n", /empty/, 1],
  ["binary input", ["extract", "-"], "PK\u0000\u0003binary", /binary/, 1],
  ["English text", ["extract", "-"], "The US defense secretary spoke with his Israeli counterpart about the attack on the base.", /not an Arabic text/, 1],
  ["invalid database", ["match", "--db", seed("000"), seed("000")], undefined, /not a Sada database|header/, 1],
  ["missing database", ["match", "--db", join(tmp, "none.gz"), seed("000")], undefined, /cannot read database/, 1],
  ["bad --published", ["match", "--db", db, "--published", "yesterday", seed("000")], undefined, /not an ISO 8601 time/, 1],
  ["unknown command", ["frobnicate"], undefined, /unknown command/, 2],
  ["unknown option", ["extract", "--colour", seed("000")], undefined, /Unknown option/, 2],
];

describe("sada errors", () => {
  it("a value damaged behind a good checksum: refused when it is read, in one line", () => {
    const damaged = join(tmp, "damaged.json");
    writeFileSync(damaged, withDamagedText(gunzipSync(readFileSync(db)), "almustakillah.com"));
    const r = sada(["stats", "--db", damaged]);
    expect([r.code, r.err.trim()]).toEqual([1, "sada: invalid database body: reports: source.2: is not UTF-8"]);
  });
  it.each(ERRORS)("%s: one line, no stack trace", (_label, args, input, words, code) => {
    const r = sada(args, input);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(words);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err.startsWith("sada: ")).toBe(true);
  });
});
