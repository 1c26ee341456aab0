import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseCorpusLine, type CorpusRecord } from "../../../src/core/corpus/record.ts";

/**
 * Shared by the eval and bench sections: where the evaluation sets live (beside the
 * checkout, never shipped), readers for their formats, and the few statistics printed.
 */
const SHARED_DATA = "../shared/data/";

/** The file's path under ../shared/data, or null after saying it is absent (eval sets are optional). */
export function sharedFile(name: string): string | null {
  const path = SHARED_DATA + name;
  if (existsSync(path)) return path;
  console.log(`${path} is absent: section skipped`);
  return null;
}

export function readJsonl<T>(path: string): T[] {
  const text = readFileSync(path, "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The project's SaudiNewsNet corpus, every record, validated as build-db does. */
export function saudiNewsNetRecords(): CorpusRecord[] {
  const text = gunzipSync(readFileSync("src/data/corpus/saudinewsnet.jsonl.gz")).toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((line, i) => {
      const r = parseCorpusLine(line, "saudinewsnet.jsonl.gz", i + 1);
      if (!r.ok) throw new Error(`${r.error.file}:${r.error.line}: ${r.error.message}`);
      return r.record;
    });
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. First row is the header. */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...data] = rows.filter((r) => r.length > 1 || r[0]);
  return data.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])));
}

export const ratio = (n: number, d: number) => (d === 0 ? "—" : (n / d).toFixed(3));
export const percent = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)}%`);

export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** Deterministic PRNG (mulberry32): the same draws on every run, so printed samples can be discussed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function elapsed(started: number): string {
  return `elapsed ${((performance.now() - started) / 1000).toFixed(1)} s`;
}
