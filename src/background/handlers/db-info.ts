import type { DbInfo } from "../../protocol/results.ts";
import { loadDatabase } from "../db-loader.ts";

/** The database's facts for the options page. */
export async function dbInfo(): Promise<DbInfo> {
  const { header } = (await loadDatabase()).db;
  return {
    dbVersion: header.dbVersion,
    formatVersion: header.formatVersion,
    built: header.built,
    dateRange: header.dateRange,
    reports: header.counts.reports,
    events: header.counts.events,
    credits: header.credits,
  };
}
