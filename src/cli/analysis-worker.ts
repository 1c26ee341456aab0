import { parentPort } from "node:worker_threads";
import { analyzeRecord } from "../core/db/compile.ts";
import { FeatureCoder } from "../core/db/feature-codes.ts";
import type { CorpusRecord } from "../core/corpus/record.ts";

// Batches of the corpus, analysed in a worker thread (see analysis-pool.ts), features
// coded by this thread's own numbers. The body is dropped from each answer: the
// assembler never reads it, and copying it back would hold the corpus twice.
const coder = new FeatureCoder();
parentPort!.on("message", (records: CorpusRecord[]) => {
  parentPort!.postMessage(records.map((r) => ({ ...coder.code(analyzeRecord(r)), record: { ...r, body: "" } })));
});
