import { readdirSync, readFileSync } from "node:fs";
import { extractDetails } from "../../src/core/extract/index.ts";
import type { CountDetail, Details } from "../../src/core/extract/types.ts";

/**
 * How many expected details extraction finds, and how many found details are wrong, per
 * kind: on the seeds' hand-reviewed golden files (a regression measure: they were reviewed
 * against the text, not written blind) and on snn-counts.jsonl, real SaudiNewsNet sentences
 * with counts labelled by hand (including the Abha mosque bombing reports of 6 Aug 2015), in a
 * dev split that the rules were tuned on and a held-out split labelled blind afterwards.
 * `EVAL_VERBOSE=1` lists every miss and every wrong count of the dev split; the held-out
 * split's only with `EVAL_VERBOSE=heldout`, which unblinds the rows it lists.
 */
const GOLDEN = new URL("../../test/fixtures/golden/", import.meta.url);
const SEEDS = new URL("../../test/fixtures/seeds/", import.meta.url);

interface Tally {
  expected: number;
  found: number;
  correct: number;
}
type Row = [label: string, t: Tally];

const pct = (n: number, d: number) => (d === 0 ? "   —  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function table(title: string, rows: Row[]): void {
  const w = Math.max(...rows.map(([l]) => l.length), 8);
  console.log(title);
  console.log(`  ${"kind".padEnd(w)}  expected  found  correct  missed  wrong  precision  recall`);
  for (const [label, t] of rows) {
    const cells = [t.expected, t.found, t.correct, t.expected - t.correct, t.found - t.correct].map((n, i) => String(n).padStart([8, 5, 7, 6, 5][i]!));
    console.log(`  ${label.padEnd(w)}  ${cells.join("  ")}     ${pct(t.correct, t.found)}  ${pct(t.correct, t.expected)}`);
  }
}

/** Identity of a detail for matching against a golden file: kind, place in the text and what was read. */
const identity: Record<keyof Details, (x: never) => string> = {
  counts: (c: CountDetail) => `${c.start}:${c.end}:${c.slot}:${c.min}:${c.max}`,
  people: (p: Details["people"][number]) => `${p.start}:${p.end}:${p.id ?? ""}:${p.role?.id ?? ""}:${p.role?.country ?? ""}`,
  places: (p: Details["places"][number]) => `${p.start}:${p.end}:${p.id}`,
  dates: (d: Details["dates"][number]) => `${d.start}:${d.end}:${d.kind}:${d.day ?? ""}:${d.weekday ?? ""}`,
  attributions: (a: Details["attributions"][number]) => `${a.start}:${a.end}:${a.id}:${a.via?.id ?? ""}`,
};

function seedsEval(): Row[] {
  const totals = new Map<string, Tally>();
  for (const file of readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
    const golden = JSON.parse(readFileSync(new URL(`seed-${file.slice(0, 3)}.details.json`, GOLDEN), "utf8")) as Details;
    const found = extractDetails(readFileSync(new URL(file, SEEDS), "utf8"));
    for (const kind of Object.keys(identity) as (keyof Details)[]) {
      const id = identity[kind] as (x: unknown) => string;
      const want = new Set(golden[kind].map(id));
      const got = found[kind].map(id);
      const t = totals.get(kind) ?? { expected: 0, found: 0, correct: 0 };
      t.expected += want.size;
      t.found += got.length;
      t.correct += got.filter((g) => want.has(g)).length;
      totals.set(kind, t);
    }
  }
  return [...totals];
}

interface Labelled {
  id: string;
  /** "dev": seen while the rules were written; "heldout": labelled blind afterwards, never tuned on */
  split: "dev" | "heldout";
  published?: string;
  text: string;
  counts: { slot: string; min: number; max: number | null; text: string }[];
}

/** A found count is correct when slot and interval agree and its span overlaps the labelled span. */
function snnEval(split: Labelled["split"], verbose: boolean): Row[] {
  const lines = readFileSync(new URL("snn-counts.jsonl", GOLDEN), "utf8").split("\n").filter(Boolean);
  const all: Tally = { expected: 0, found: 0, correct: 0 };
  const values: Tally = { expected: 0, found: 0, correct: 0 };
  const bySlot = new Map<string, Tally>();
  const slotTally = (s: string) => bySlot.get(s) ?? (bySlot.set(s, { expected: 0, found: 0, correct: 0 }), bySlot.get(s)!);
  for (const line of lines) {
    const rec = JSON.parse(line) as Labelled;
    if (rec.split !== split) continue;
    // figures with a unit (money, %, years) are quantities, not counts: the labels hold counts only
    const found = extractDetails(rec.text, rec.published ? { published: rec.published } : {}).counts.filter((c) => c.slot !== "quantity");
    // a phrase labelled twice («ثلاثة قتلى» … «ثلاثة قتلى») is its next occurrence each time
    const after = new Map<string, number>();
    const want = rec.counts.map((c) => {
      const start = rec.text.indexOf(c.text, after.get(c.text) ?? 0);
      after.set(c.text, start + 1);
      return { ...c, start, end: start + c.text.length, used: false, valueUsed: false };
    });
    all.expected += want.length;
    values.expected += want.length;
    all.found += found.length;
    values.found += found.length;
    for (const w of want) slotTally(w.slot).expected++;
    for (const f of found) {
      slotTally(f.slot).found++;
      const overlaps = (w: (typeof want)[number]) => f.start < w.end && w.start < f.end;
      const hit = want.find((w) => !w.used && overlaps(w) && w.slot === f.slot && w.min === f.min && w.max === f.max);
      const valueHit = want.find((w) => !w.valueUsed && overlaps(w) && w.min === f.min && w.max === f.max);
      if (valueHit) (valueHit.valueUsed = true), values.correct++;
      if (hit) (hit.used = true), all.correct++, slotTally(f.slot).correct++;
      else if (verbose) console.log(`  wrong  ${rec.id}  ${f.slot} [${f.min}, ${f.max}] «${f.text}»`);
    }
    if (verbose) for (const w of want.filter((x) => !x.used)) console.log(`  missed ${rec.id}  ${w.slot} [${w.min}, ${w.max}] «${w.text}»`);
  }
  return [["counts (slot + interval)", all], ["counts (interval only)", values], ...[...bySlot].sort().map(([s, t]): Row => [`  ${s}`, t])];
}

async function run(): Promise<void> {
  table("extract eval — seeds vs golden files (test/fixtures/golden/seed-*.details.json)", seedsEval());
  console.log("");
  table("extract eval — SaudiNewsNet counts, dev split (seen while writing the rules)", snnEval("dev", process.env.EVAL_VERBOSE === "1"));
  console.log("");
  table("extract eval — SaudiNewsNet counts, held-out split (labelled blind, never tuned on)", snnEval("heldout", process.env.EVAL_VERBOSE === "heldout"));
}

export default { name: "extract", run };

if (import.meta.url === `file://${process.argv[1]}`) await run();
