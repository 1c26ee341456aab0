import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { DatabaseAssembler } from "../../core/db/assemble.ts";
import { decodeDatabase } from "../../core/db/codec.ts";
import { analyzeInOrder } from "../analysis-pool.ts";
import { formatCorpusError, type CorpusLineError, type CorpusRecord } from "../../core/corpus/record.ts";
import type { Database, DbCredit } from "../../core/db/schema.ts";
import { readCorpus } from "../corpus-io.ts";
import { writeDatabaseFile } from "../database-file.ts";
import background from "../../data/lexicon/background-df.json" with { type: "json" };

/** Corpus files → event database file. Credits come from a credits.json beside the corpus when there is one. */
export interface BuildDbOptions {
  inputs: string[];
  out: string;
  skipInvalid: boolean;
  log: (line: string) => void;
}

export async function buildDb(o: BuildDbOptions): Promise<{ db: Database; bytes: number; skipped: number }> {
  let skipped = 0;
  const onSkip = (e: CorpusLineError) => {
    skipped++;
    o.log(`skipped ${formatCorpusError(e)}`);
  };
  async function* records(): AsyncGenerator<CorpusRecord> {
    for (const file of o.inputs) yield* readCorpus(file, { skipInvalid: o.skipInvalid, onSkip });
  }
  const assembler = new DatabaseAssembler({ credits: creditsFor(o.inputs), background });
  const streams = new Map<number, ReturnType<DatabaseAssembler["stream"]>>();
  await analyzeInOrder(records(), (a, coder) => {
    let put = streams.get(coder);
    if (!put) streams.set(coder, (put = assembler.stream()));
    put(a);
  });
  const file = assembler.finish();
  const bytes = await writeDatabaseFile(o.out, file);
  return { db: decodeDatabase(file), bytes, skipped };
}

function creditsFor(inputs: string[]): DbCredit[] {
  return inputs.map((file) => {
    const known = creditsBeside(file).find((c) => c.sources.includes(basename(file)));
    return known ?? { sources: [basename(file)], name: basename(file), licence: "as stated by the corpus owner" };
  });
}

function creditsBeside(file: string): DbCredit[] {
  try {
    return JSON.parse(readFileSync(`${file.slice(0, file.length - basename(file).length)}credits.json`, "utf8")) as DbCredit[];
  } catch {
    return [];
  }
}
