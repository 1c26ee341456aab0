import { extractDetails } from "../extract/index.ts";
import type { ReportDetails, StoredCount } from "./report-details.ts";

/**
 * Are two figures about one occasion as far as their sentences date them? «أغلق المؤشر
 * أمس … 0.76%» and «أغلق المؤشر اليوم … 2.38%» are two days' closes, not a contradiction.
 * Days resolve against publication time (ARABIC.md §4); counts tolerate ±1 day («ليل الأحد»
 * and «فجر الاثنين» can be one attack), figures with a unit (daily closes, daily tallies) none.
 * A sentence that names no day cannot tell them apart.
 */
const DAY_MS = 24 * 3600 * 1000;
const cache = new WeakMap<StoredCount, string[]>();

function daysOf(r: ReportDetails, c: StoredCount): string[] {
  let days = cache.get(c);
  if (!days) {
    days = extractDetails(c.quote, r.published ? { published: r.published } : {}).dates.flatMap((d) => (d.day ? [d.day] : []));
    cache.set(c, days);
  }
  return days;
}

export function sameOccasion(a: { r: ReportDetails; c: StoredCount }, b: { r: ReportDetails; c: StoredCount }): boolean {
  const da = daysOf(a.r, a.c);
  const db = daysOf(b.r, b.c);
  if (!da.length || !db.length) return true;
  const tolerance = a.c.slot === "quantity" ? 0 : DAY_MS;
  return da.some((x) => db.some((y) => Math.abs(Date.parse(x) - Date.parse(y)) <= tolerance));
}
