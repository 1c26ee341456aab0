import { extractDetails } from "../extract/index.ts";
import { keyOf } from "../text/normalize.ts";
import { tokenize } from "../text/tokenize.ts";
import { baseForms, readings } from "../extract/clitics.ts";
import { SESSIONS } from "./model/sessions.ts";
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

/**
 * «ونزل سعر الذهب 0.3 بالمئة … الساعة 1853 بتوقيت جرينتش»: a figure told at a clock time is
 * a market's reading at that moment, one of many that day. It is set only against a reading
 * of about the same time. Two figures told at two parts of the trading day
 * (model/sessions.ts: «التعاملات الصباحية», «ختام التعاملات») are two readings too.
 */
const CLOCK = /الساعه\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/u;
const SAME_READING_MINUTES = 60;
function clockOf(c: StoredCount): number | undefined {
  const m = CLOCK.exec(keyOf(c.quote));
  return m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : undefined;
}

const sessionOf = new Map(Object.entries(SESSIONS).flatMap(([session, words]) => words.map((w) => [keyOf(w), session] as const)));
function sessionsOf(c: StoredCount): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(c.quote).tokens) for (const f of baseForms(readings(t.normal))) if (sessionOf.has(f)) out.add(sessionOf.get(f)!);
  return out;
}

function sameReading(a: StoredCount, b: StoredCount): boolean {
  const [sa, sb] = [sessionsOf(a), sessionsOf(b)];
  if (sa.size && sb.size && ![...sa].some((s) => sb.has(s))) return false;
  const [x, y] = [clockOf(a), clockOf(b)];
  if (x === undefined && y === undefined) return true;
  return x !== undefined && y !== undefined && Math.abs(x - y) <= SAME_READING_MINUTES;
}

export function sameOccasion(a: { r: ReportDetails; c: StoredCount }, b: { r: ReportDetails; c: StoredCount }): boolean {
  if (a.c.slot === "quantity" && !sameReading(a.c, b.c)) return false;
  const da = daysOf(a.r, a.c);
  const db = daysOf(b.r, b.c);
  if (!da.length || !db.length) return true;
  const tolerance = a.c.slot === "quantity" ? 0 : DAY_MS;
  return da.some((x) => db.some((y) => Math.abs(Date.parse(x) - Date.parse(y)) <= tolerance));
}
