import { parentPort } from "node:worker_threads";
import { analyzeRecord } from "../core/db/compile.ts";
import type { CorpusRecord } from "../core/corpus/record.ts";

// Batches of the corpus, analysed in a worker thread (see analysis-pool.ts). The body is
// dropped from each answer: the assembler never reads it, and copying it back would hold the corpus twice.
parentPort!.on("message", (records: CorpusRecord[]) => {
  parentPort!.postMessage(records.map((r) => ({ ...analyzeRecord(r), record: { ...r, body: "" } })));
});
