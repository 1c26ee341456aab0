import { readHeadline, type ReportDetails } from "../conflict/report-details.ts";
import type { DbReport } from "./schema.ts";

/**
 * A database report as conflicts read it: its stored details, and what its headline says
 * happened, read from the title (or the stored lede) now: claims are never stored.
 */
export function storedReportDetails(r: DbReport, copyOf?: string): ReportDetails {
  const headline = r.title ?? r.lede;
  return {
    id: r.id,
    source: r.source,
    ...(r.published ? { published: r.published } : {}),
    ...(copyOf ? { copyOf } : {}),
    ...r.d,
    ...(headline ? { headline: readHeadline(headline) } : {}),
  };
}
