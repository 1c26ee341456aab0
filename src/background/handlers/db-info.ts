import type { DbInfo } from "../../protocol/results.ts";
import { RouteError } from "../../protocol/router.ts";
import { databaseFacts } from "../../core/db/facts.ts";
import { importDatabase, loadDatabase, resetDatabase, type LoadedDatabase } from "../db-loader.ts";

/** The database's facts for the options page. */
export async function dbInfo(): Promise<DbInfo> {
  return infoOf(await loadDatabase());
}

/** A database file chosen by the reader: refused with a clear message when it is not valid; the current one stays. */
export async function importDb(fileName: string, base64: string): Promise<DbInfo> {
  try {
    return infoOf(await importDatabase(fileName, Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))));
  } catch (e) {
    throw new RouteError("invalid-database", `${fileName}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function resetDb(): Promise<DbInfo> {
  return infoOf(await resetDatabase());
}

function infoOf({ index, origin }: LoadedDatabase): DbInfo {
  return { origin, ...databaseFacts(index.db) };
}
