import { parentPort } from "node:worker_threads";
import { analyzeRecord } from "../core/db/compile.ts";
import type { CorpusRecord } from "../core/corpus/record.ts";

// One share of the corpus, analysed in a worker thread (see analysis-pool.ts).
parentPort!.once("message", (records: CorpusRecord[]) => {
  parentPort!.postMessage(records.map(analyzeRecord));
});
