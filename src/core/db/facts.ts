import type { Database } from "./schema.ts";

/** What a database is, for people: version, build date, size, date range and credits. */
export function databaseFacts({ header }: Database) {
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
