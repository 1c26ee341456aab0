import type { Agreement, Conflict, ConflictValue } from "../../core/conflict/types.ts";
import type { AnalysisSummary } from "../../protocol/results.ts";
import type { Span } from "./live-range.ts";

/** One place on the page to highlight: a value this page gives in a conflict, or a detail other outlets confirm. */
export type PageMark =
  | { kind: "conflict"; conflict: Conflict; value: ConflictValue; span: Span }
  | { kind: "confirmed"; agreement: Agreement; span: Span };

/**
 * The page's own words in factual conflicts: values whose report is this page
 * (`summary.self`, or "page" when the database does not hold it) and that carry offsets
 * into the text we sent. Wording-only differences are not highlighted. With `confirmed`,
 * also the page's words for details several outlets give alike (the reader's choice).
 */
export function pageMarks(summary: AnalysisSummary, sentText: string, confirmed = false): PageMark[] {
  const self = summary.self ?? "page";
  const marks: PageMark[] = [];
  const spanOf = (start: number | undefined, end: number | undefined): Span | null =>
    start !== undefined && end !== undefined && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= sentText.length
      ? { start, end, text: sentText.slice(start, end) }
      : null;
  for (const conflict of summary.conflicts) {
    if (conflict.severity !== "fact") continue;
    for (const value of conflict.values) {
      const span = value.report === self ? spanOf(value.start, value.end) : null;
      if (span) marks.push({ kind: "conflict", conflict, value, span });
    }
  }
  if (!confirmed) return marks;
  for (const agreement of summary.agreements) {
    if (!agreement.reports.includes(self)) continue;
    for (const s of agreement.spans ?? []) {
      const span = spanOf(s.start, s.end);
      if (span && !marks.some((m) => overlaps(m.span, span))) marks.push({ kind: "confirmed", agreement, span });
    }
  }
  return marks;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
