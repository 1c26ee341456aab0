import browser from "webextension-polyfill";
import { decodeDatabase } from "../core/db/codec.ts";
import { buildReportIndex, type ReportIndex } from "../core/match/report-index.ts";

/**
 * Loads the bundled database once per worker start: a packaged file read through
 * runtime.getURL (the only fetch Sada makes: no network), gunzipped with the browser's
 * DecompressionStream, checked (format, version, checksum, schema) and indexed.
 * A failed load is not memoized, so the next request tries again.
 */
export const DB_PATH = "db/sada-db.json.gz";

let loading: Promise<ReportIndex> | undefined;

export function loadDatabase(): Promise<ReportIndex> {
  loading ??= readDatabase().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

async function readDatabase(): Promise<ReportIndex> {
  const response = await fetch(browser.runtime.getURL(DB_PATH));
  if (!response.ok || !response.body) throw new Error(`the bundled database is missing (${response.status})`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream("gzip"))).text();
  return buildReportIndex(decodeDatabase(text));
}
