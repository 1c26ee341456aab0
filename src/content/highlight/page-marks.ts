import type { Conflict, ConflictValue } from "../../core/conflict/types.ts";
import type { AnalysisSummary } from "../../protocol/results.ts";
import type { Span } from "./live-range.ts";

/** One place on the page to highlight: a value this page gives, in a conflict. */
export interface PageMark {
  conflict: Conflict;
  value: ConflictValue;
  span: Span;
}

/**
 * The page's own words in factual conflicts: values whose report is this page
 * (`summary.self`, or "page" when the database does not hold it) and that carry offsets
 * into the text we sent. Wording-only differences are not highlighted.
 */
export function pageMarks(summary: AnalysisSummary, sentText: string): PageMark[] {
  const self = summary.self ?? "page";
  const marks: PageMark[] = [];
  for (const conflict of summary.conflicts) {
    if (conflict.severity !== "fact") continue;
    for (const value of conflict.values) {
      const { start, end } = value;
      if (value.report !== self || start === undefined || end === undefined) continue;
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= sentText.length)) continue;
      marks.push({ conflict, value, span: { start, end, text: sentText.slice(start, end) } });
    }
  }
  return marks;
}
