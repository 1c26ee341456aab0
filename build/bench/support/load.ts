import { gunzipWhole } from "../../../src/cli/database-file.ts";
import { decodeDatabase } from "../../../src/core/db/codec.ts";
import { buildReportIndex, type ReportIndex } from "../../../src/core/match/report-index.ts";

/** Load to ready as the CLI does it, and the background with DecompressionStream (gunzip, checks, index): one warm-up, then `runs` timed loads, each split by step. */
export function measureLoad(gz: Buffer, runs = 5): { index: ReportIndex; loads: number[]; steps: Record<"gunzip" | "decode" | "index", number[]> } {
  let index = buildReportIndex(decodeDatabase(gunzipWhole(gz)));
  const loads: number[] = [];
  const steps = { gunzip: [] as number[], decode: [] as number[], index: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const file = gunzipWhole(gz);
    const t1 = performance.now();
    const db = decodeDatabase(file);
    const t2 = performance.now();
    index = buildReportIndex(db);
    const t3 = performance.now();
    steps.gunzip.push(t1 - t0);
    steps.decode.push(t2 - t1);
    steps.index.push(t3 - t2);
    loads.push(t3 - t0);
  }
  return { index, loads, steps };
}
