import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import background from "../../../src/data/lexicon/background-df.json" with { type: "json" };
import type { CorpusRecord } from "../../../src/core/corpus/record.ts";
import { compileDatabase } from "../../../src/core/db/compile.ts";
import { decodeDatabase, encodeDatabase } from "../../../src/core/db/codec.ts";
import type { Database } from "../../../src/core/db/schema.ts";
import { buildReportIndex, type ReportIndex } from "../../../src/core/match/report-index.ts";
import { seedRecords } from "../../../test/support/corpus.ts";
import { saudiNewsNetRecords } from "./data.ts";

/** An in-memory database and index, compiled as build-db does (with the shipped background df). */
export function indexOf(records: Iterable<CorpusRecord>): ReportIndex {
  return buildReportIndex(compileDatabase(records, { credits: [], background }));
}

const SHIPPED = "dist/db/sada-db.json.gz";
const CACHE = "node_modules/.cache/sada-eval";

/** Newest modification time under a folder: a database built before a change to the core or the data is stale. */
function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

const read = (path: string) => decodeDatabase(gunzipSync(readFileSync(path)));

/**
 * The default database (seeds + SaudiNewsNet): dist/db when newer than its corpus and the
 * code, else compiled here once (~90 s) and cached for the other sections of the run.
 */
export function defaultDatabase(): { db: Database; from: string } {
  const stamp = Math.max(newest("src/data"), newest("src/core"));
  if (existsSync(SHIPPED) && statSync(SHIPPED).mtimeMs > stamp) return { db: read(SHIPPED), from: SHIPPED };
  const cached = join(CACHE, `default-${Math.floor(stamp)}.json.gz`);
  if (existsSync(cached)) return { db: read(cached), from: `${cached} (dist/db is stale)` };
  const db = compileDatabase([...seedRecords(), ...saudiNewsNetRecords()], { credits: [], background });
  mkdirSync(CACHE, { recursive: true });
  // one cached database at a time: each is ~9 MB and a stale one is never read again
  for (const old of readdirSync(CACHE)) if (/^default-\d+\.json\.gz$/.test(old)) rmSync(join(CACHE, old));
  writeFileSync(cached, gzipSync(encodeDatabase(db)));
  return { db, from: "compiled here (dist/db is stale)" };
}
