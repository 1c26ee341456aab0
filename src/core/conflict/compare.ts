import type { Agreement, Conflict } from "./types.ts";
import type { ReportDetails } from "./report-details.ts";
import { personFindings } from "./people.ts";
import { countFindings } from "./counts.ts";
import { placeConflicts } from "./places.ts";

/**
 * Conflicting and agreeing details across reports of one event (ARABIC.md §7): compare
 * slots, not texts, and only within one event (contradiction presupposes coreference).
 */
export function compareReports(reports: readonly ReportDetails[]): Conflict[] {
  return findings(reports).conflicts;
}

export function findings(reports: readonly ReportDetails[]): { conflicts: Conflict[]; agreements: Agreement[] } {
  const people = personFindings(reports);
  const counts = countFindings(reports);
  return {
    conflicts: [...people.conflicts, ...counts.conflicts, ...placeConflicts(reports)],
    agreements: [...people.agreements, ...counts.agreements],
  };
}
