import browser from "webextension-polyfill";
import { checkEverything, decodeDatabase } from "../core/db/codec.ts";
import { buildReportIndex, type ReportIndex } from "../core/match/report-index.ts";
import { deleteImported, readImported, writeImported } from "./db-store.ts";

/**
 * The event database, loaded once per worker start and memoized: the reader's imported
 * database when there is a valid one, else the bundled file (read through
 * runtime.getURL: the only fetch Sada makes, no network). Every file is checked (format,
 * version, checksum, schema) before use; reports' details are checked when a match first
 * reads them, and all of them on import. An import that fails is refused and the database
 * in use stays. A failed load is not memoized, so the next request tries again; every
 * answer waits for the one load.
 */
export const DB_PATH = "db/sada-db.json.gz";

export interface LoadedDatabase {
  index: ReportIndex;
  origin: "bundled" | "imported";
}

let loading: Promise<LoadedDatabase> | undefined;

export function loadDatabase(): Promise<LoadedDatabase> {
  loading ??= readDatabase().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** Validates (every report's details too, not only the ones a match reads) and indexes the file first; only then stores it and swaps it in. */
export async function importDatabase(fileName: string, bytes: Uint8Array): Promise<LoadedDatabase> {
  const index = await indexOf(bytes);
  checkEverything(index.db);
  await writeImported({ fileName, bytes });
  const loaded: LoadedDatabase = { index, origin: "imported" };
  loading = Promise.resolve(loaded);
  return loaded;
}

export async function resetDatabase(): Promise<LoadedDatabase> {
  await deleteImported();
  loading = undefined;
  return loadDatabase();
}

async function readDatabase(): Promise<LoadedDatabase> {
  const imported = await readImported().catch(() => undefined);
  if (imported) {
    try {
      return { index: await indexOf(imported.bytes), origin: "imported" };
    } catch {
      // a stored import that no longer reads (say, after a format change) gives way to the bundled file
    }
  }
  const response = await fetch(browser.runtime.getURL(DB_PATH));
  if (!response.ok) throw new Error(`the bundled database is missing (${response.status})`);
  return { index: await indexOf(new Uint8Array(await response.arrayBuffer())), origin: "bundled" };
}

async function indexOf(bytes: Uint8Array): Promise<ReportIndex> {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const stream = new Blob([bytes as BlobPart]).stream();
  const file = await new Response(gzip ? stream.pipeThrough(new DecompressionStream("gzip")) : stream).arrayBuffer().catch(() => {
    throw new Error("the file is not readable gzip data");
  });
  return buildReportIndex(decodeDatabase(new Uint8Array(file)));
}
