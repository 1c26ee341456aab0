import { groupBy } from "../../shared/group-by.ts";
import { UNKNOWN_OUTLET } from "../outlets.ts";
import type { ConflictValue } from "./types.ts";
import type { ReportDetails } from "./report-details.ts";

/** One reported value as shown to the reader: the report, its outlet, its words and quote. */
export function valueOf(
  r: ReportDetails,
  d: { text: string; quote: string; start?: number; end?: number; source?: string },
  value: string,
): ConflictValue {
  return {
    value,
    text: d.text,
    quote: d.quote,
    report: r.id,
    source: r.source,
    ...(r.published ? { published: r.published } : {}),
    ...(d.source ? { attribution: d.source } : {}),
    ...(d.start !== undefined && d.end !== undefined ? { start: d.start, end: d.end } : {}),
  };
}

/**
 * Where the report being read gives an agreed detail (only its details carry offsets),
 * for highlighting confirmed details; nothing when it gives none.
 */
export function spansOf(details: readonly { start?: number; end?: number }[]): { spans?: { start: number; end: number }[] } {
  const spans = details.flatMap((d) => (d.start !== undefined && d.end !== undefined ? [{ start: d.start, end: d.end }] : []));
  return spans.length ? { spans } : {};
}

/** One entry per report and wording (a report that repeats a name is listed once). */
export function unique(values: ConflictValue[]): ConflictValue[] {
  return [...new Map(values.map((v) => [`${v.report}|${v.text}|${v.start ?? ""}`, v])).values()];
}

/** Groups items whose keys are compatible (compatibility need not be transitive: first fit). */
export function groupCompatible<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const it of items) {
    const g = groups.find((grp) => same(grp[0]!, it));
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups;
}

/** Hours between two reports' publication times; NaN when either is undated or unreadable (every comparison with it is false). */
export function hoursBetween(a: ReportDetails, b: ReportDetails): number {
  return Math.abs(Date.parse(a.published ?? "") - Date.parse(b.published ?? "")) / 3_600_000;
}


/** One outlet is never in conflict with itself: two of its reports (or one report) are one voice. */
export function sameOutlet(a: ReportDetails, b: ReportDetails): boolean {
  return a.id === b.id || outletVoice(a.source, a.id) === outletVoice(b.source, b.id);
}

/** One voice per outlet; a report of an unknown outlet is its own. */
function outletVoice(source: string, reportId: string): string {
  return source === UNKNOWN_OUTLET ? `report:${reportId}` : `outlet:${source}`;
}

/**
 * Independent voices among the reports in `ids`: one per outlet (a report of an unknown
 * outlet is its own), and a reprint speaks with the report it copies: ten reprints of one
 * wire story are one confirmation, not ten.
 */
export function voiceCount(ids: Iterable<string>, reports: readonly ReportDetails[]): number {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const voice = (id: string): string => {
    const r = byId.get(id);
    const original = r?.copyOf !== undefined && r.copyOf !== id ? byId.get(r.copyOf) : undefined;
    const speaker = original ?? r;
    return speaker ? outletVoice(speaker.source, speaker.id) : `report:${id}`;
  };
  return new Set([...ids].map(voice)).size;
}

/**
 * Do the outlets cross, one giving a value the other does not and the other a value the
 * first does not? An outlet that gives both values (a sub-count beside the total, two
 * people introduced by one title, its morning and evening figures) states both: it is not
 * on one side of a disagreement, and when every outlet is such, there is none.
 */
export function crossed(values: readonly ConflictValue[]): boolean {
  // the page being read (its values carry offsets) speaks for itself, whoever publishes it
  const voice = (v: ConflictValue) => (v.start !== undefined ? `page:${v.report}` : outletVoice(v.source, v.report));
  const sides = [...groupBy(values, (v) => v.value).values()].map((vs) => new Set(vs.map(voice)));
  const only = (a: Set<string>, b: Set<string>) => [...a].some((x) => !b.has(x));
  return sides.some((a, i) => sides.some((b, j) => i < j && only(a, b) && only(b, a)));
}

/** Do two groups of mentions come from at least two different outlets? */
export function acrossReports<T extends { r: ReportDetails }>(groups: readonly (readonly T[])[]): boolean {
  return groups.some((x, i) => groups.some((y, j) => i < j && x.some((a) => y.some((b) => !sameOutlet(a.r, b.r)))));
}
