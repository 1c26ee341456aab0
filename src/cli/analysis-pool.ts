import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { analyzeRecord } from "../core/db/compile.ts";
import { FeatureCoder, type CodedAnalysis } from "../core/db/feature-codes.ts";
import type { CorpusRecord } from "../core/corpus/record.ts";

/**
 * Per-record analysis (tokens, features, shingles, details) is independent for every
 * record: the built CLI streams the corpus to one worker thread per core in batches and
 * hands the analyses back in corpus order as they come, so neither the corpus nor the
 * analyses are ever held whole. Run from source (no bundled worker beside this file) or
 * on a small corpus, it runs in this thread. Each analysis comes with the number of the
 * thread that coded its features (see feature-codes.ts): -1 for this one.
 */
const WORKER = new URL("./analysis-worker.mjs", import.meta.url);
const BATCH = 250;
/** batches queued per worker: enough to keep it busy, few enough to bound memory */
const AHEAD = 2;

export async function analyzeInOrder(records: AsyncIterable<CorpusRecord>, consume: (a: CodedAnalysis, coder: number) => void): Promise<void> {
  const workers = Math.min(availableParallelism(), 4);
  const queue: Promise<[CodedAnalysis[], number]>[] = [];
  const here = new FeatureCoder();
  const inline = (batch: CorpusRecord[]) => Promise.resolve<[CodedAnalysis[], number]>([batch.map((r) => here.code(analyzeRecord(r))), -1]);
  let pool: AnalysisWorker[] | undefined;
  let batch: CorpusRecord[] = [];
  const drain = async (keep: number) => {
    while (queue.length > keep) {
      const [analyses, coder] = await queue.shift()!;
      for (const a of analyses) consume(a, coder);
    }
  };
  try {
    for await (const record of records) {
      batch.push(record);
      if (batch.length < BATCH) continue;
      pool ??= workers >= 2 && existsSync(fileURLToPath(WORKER)) ? Array.from({ length: workers }, () => new AnalysisWorker()) : [];
      const worker = pool.length ? leastBusy(pool) : undefined;
      const analysed = worker ? worker.run(batch).then((a): [CodedAnalysis[], number] => [a, pool!.indexOf(worker)]) : inline(batch);
      analysed.catch(() => undefined); // awaited in turn by drain; a failure must not also surface as unhandled
      queue.push(analysed);
      batch = [];
      await drain(AHEAD * Math.max(1, pool.length));
    }
    queue.push(inline(batch));
    await drain(0);
  } finally {
    for (const w of pool ?? []) w.stop();
  }
}

function leastBusy(pool: AnalysisWorker[]): AnalysisWorker {
  return pool.reduce((a, b) => (b.busy < a.busy ? b : a));
}

/** One worker thread; it answers batches in the order it gets them. */
class AnalysisWorker {
  private readonly worker = new Worker(WORKER);
  private readonly waiting: { resolve: (a: CodedAnalysis[]) => void; reject: (e: Error) => void }[] = [];

  constructor() {
    this.worker.on("message", (analyses: CodedAnalysis[]) => this.waiting.shift()!.resolve(analyses));
    this.worker.on("error", (e) => {
      for (const w of this.waiting.splice(0)) w.reject(e);
    });
  }

  get busy(): number {
    return this.waiting.length;
  }

  run(records: CorpusRecord[]): Promise<CodedAnalysis[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(records);
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}
