import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { analyzeRecord, type RecordAnalysis } from "../core/db/compile.ts";
import type { CorpusRecord } from "../core/corpus/record.ts";

/**
 * Per-record analysis (tokens, features, shingles, details) is independent for every
 * record: the built CLI shares it out to one worker thread per core. Run from source
 * (no bundled worker beside this file) or on a small corpus, it runs in this thread.
 */
const WORKER = new URL("./analysis-worker.mjs", import.meta.url);
const MIN_RECORDS_PER_WORKER = 500;

export async function analyzeAll(records: CorpusRecord[]): Promise<RecordAnalysis[]> {
  const workers = Math.min(availableParallelism(), 4, Math.floor(records.length / MIN_RECORDS_PER_WORKER));
  if (workers < 2 || !existsSync(fileURLToPath(WORKER))) return records.map(analyzeRecord);
  const share = Math.ceil(records.length / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, i) => runWorker(records.slice(i * share, (i + 1) * share))),
  );
  return parts.flat();
}

function runWorker(records: CorpusRecord[]): Promise<RecordAnalysis[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    worker.once("message", (result: RecordAnalysis[]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(records);
  });
}
