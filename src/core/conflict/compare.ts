import type { Agreement, Conflict, TollUpdate } from "./types.ts";
import type { ReportDetails } from "./report-details.ts";
import { personFindings } from "./people.ts";
import { countFindings } from "./counts.ts";
import { placeConflicts } from "./places.ts";
import { crossed } from "./values.ts";
import { claimConflicts } from "./claims.ts";

/**
 * Conflicting and agreeing details across reports of one event (ARABIC.md §7): compare
 * slots, not texts, and only within one event (contradiction presupposes coreference).
 */
export function compareReports(reports: readonly ReportDetails[]): Conflict[] {
  return findings(reports).conflicts;
}

export interface Findings {
  conflicts: Conflict[];
  /** details several reports give compatibly */
  agreements: Agreement[];
  /** tolls that rose from report to report: a timeline, not a conflict */
  updates: TollUpdate[];
}

export function findings(reports: readonly ReportDetails[]): Findings {
  const people = personFindings(reports);
  const counts = countFindings(reports);
  return {
    // a dispute between named claimants may sit in one report; anything else needs outlets on two sides
    conflicts: [...people.conflicts, ...counts.conflicts, ...placeConflicts(reports), ...claimConflicts(reports)].filter((c) => c.disputed || crossed(c.values)),
    agreements: [...people.agreements, ...counts.agreements],
    updates: counts.updates,
  };
}
