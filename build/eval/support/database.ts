import { existsSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import background from "../../../src/data/lexicon/background-df.json" with { type: "json" };
import type { CorpusRecord } from "../../../src/core/corpus/record.ts";
import { compileDatabase } from "../../../src/core/db/compile.ts";
import { decodeDatabase } from "../../../src/core/db/codec.ts";
import type { Database } from "../../../src/core/db/schema.ts";
import { buildReportIndex, type ReportIndex } from "../../../src/core/match/report-index.ts";
import { seedRecords } from "../../../test/support/corpus.ts";
import { saudiNewsNetRecords } from "./data.ts";

/** An in-memory database and index, compiled as build-db does (with the shipped background df). */
export function indexOf(records: Iterable<CorpusRecord>): ReportIndex {
  return buildReportIndex(compileDatabase(records, { credits: [], background }));
}

const SHIPPED = "dist/db/sada-db.json.gz";
const CORPUS = "src/data/corpus/saudinewsnet.jsonl.gz";

/** The default database (seeds + SaudiNewsNet): dist/db when newer than the corpus, else compiled here. */
export function defaultDatabase(): { db: Database; from: string } {
  if (existsSync(SHIPPED) && statSync(SHIPPED).mtimeMs > statSync(CORPUS).mtimeMs) {
    return { db: decodeDatabase(gunzipSync(readFileSync(SHIPPED)).toString("utf8")), from: SHIPPED };
  }
  return { db: compileDatabase([...seedRecords(), ...saudiNewsNetRecords()], { credits: [], background }), from: "compiled in memory" };
}
