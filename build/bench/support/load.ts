import { gunzipSync } from "node:zlib";
import { decodeDatabase } from "../../../src/core/db/codec.ts";
import { buildReportIndex, type ReportIndex } from "../../../src/core/match/report-index.ts";

/** Load to ready as the background does it (gunzip, checks, index): one warm-up, then `runs` timed loads. */
export function measureLoad(gz: Buffer, runs = 5): { index: ReportIndex; loads: number[] } {
  let index = buildReportIndex(decodeDatabase(gunzipSync(gz).toString("utf8")));
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    index = buildReportIndex(decodeDatabase(gunzipSync(gz).toString("utf8")));
    loads.push(performance.now() - t);
  }
  return { index, loads };
}
