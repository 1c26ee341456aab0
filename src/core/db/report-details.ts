import { readHeadline, type Headline, type ReportDetails } from "../conflict/report-details.ts";
import type { DbReport } from "./schema.ts";
import { headlineOf } from "./vector-codec.ts";

/**
 * A database report as conflicts read it: its stored details, and what its headline says
 * happened, read from the title (or the stored lede) when first asked for and kept while the
 * database is (claims are never stored: they come from the headline, which is).
 */
const headlines = new WeakMap<DbReport, Headline | null>();

function headlineClaimsOf(r: DbReport): Headline | null {
  let h = headlines.get(r);
  if (h === undefined) {
    const text = headlineOf(r);
    h = text ? readHeadline(text) : null;
    headlines.set(r, h);
  }
  return h;
}

export function storedReportDetails(r: DbReport, copyOf?: string): ReportDetails {
  const headline = headlineClaimsOf(r);
  return {
    id: r.id,
    source: r.source,
    ...(r.published ? { published: r.published } : {}),
    ...(copyOf ? { copyOf } : {}),
    ...r.d,
    ...(headline ? { headline } : {}),
  };
}
