import { extractDetails } from "../extract/index.ts";
import { DISEASE_SLOTS } from "../extract/types.ts";
import { DAY_PARTS, type DayPart } from "../extract/model/dates.ts";
import { keyOf, keyedLabels, keySet } from "../text/normalize.ts";
import { SESSIONS, TRADING_WORDS } from "./model/sessions.ts";
import { NEW_CASES } from "./model/tallies.ts";
import { sentenceWords, wordsAfter } from "./sentence-words.ts";
import type { ReportDetails, StoredCount } from "./report-details.ts";

/**
 * Are two figures about one occasion as far as their sentences date them? «أغلق المؤشر
 * أمس … 0.76%» and «أغلق المؤشر اليوم … 2.38%» are two days' closes, not a contradiction.
 * Days resolve against publication time (ARABIC.md §4); counts tolerate ±1 day («ليل الأحد»
 * and «فجر الاثنين» can be one attack), figures with a unit (daily closes, daily tallies) and
 * a day's new cases («حالتي إصابة جديدة»: model/tallies.ts) none.
 * A sentence that names no day cannot tell them apart. Parts of the day are weighed apart
 * (sameTimeOfDay): a figure's own or, when its quote names none, its report's lead's.
 * Days set occasions apart; they are never a conflict of their own. On SaudiNewsNet, of 327
 * pairs of figures from two outlets that give one toll at one named place with a day for
 * each, 9 name days more than a day apart, and none of the 9 is an outlet wrong about when
 * it happened: a reprint days later keeps the original's «أمس», or one sentence dates the
 * statement («في بيان نشر أمس») and the other the period it covers («حتى 15 يوليو»).
 */
const DAY_MS = 24 * 3600 * 1000;
interface Told {
  days: string[];
  parts: DayPart[];
}
const cache = new WeakMap<StoredCount, Told>();

/** The days a figure's quote names, and the parts of the day: its own, else its report's lead's. */
function toldOf(r: ReportDetails, c: StoredCount): Told {
  let told = cache.get(c);
  if (!told) {
    const dates = extractDetails(c.quote, r.published ? { published: r.published } : {}).dates;
    const parts = dates.flatMap((d) => (d.part ? [d.part] : []));
    told = { days: dates.flatMap((d) => (d.day ? [d.day] : [])), parts: parts.length ? parts : (r.partsOfDay ?? []) };
    cache.set(c, told);
  }
  return told;
}

/**
 * Were two figures told of one time of the day? «وقع صباح اليوم» and «مساء اليوم» are two
 * crashes (the Red Crescent's on one road) or two readings of one toll, too likely either to
 * be set against each other; a higher toll told later in the day may still be its rise
 * (counts.ts). The time a statement was made is not the event's (extract/dates.ts).
 * «ليل الأحد» and «فجر الاثنين» may be one time: parts of the day within this many hours of
 * each other, around the clock (the day itself may be off by one: a reprint keeps «اليوم»,
 * an outlet dates at midnight; the part of it is what the witness saw). A figure told at no
 * part of the day meets any.
 */
const SAME_TIME_HOURS = 7;
export function sameTimeOfDay(a: { r: ReportDetails; c: StoredCount }, b: { r: ReportDetails; c: StoredCount }): boolean {
  const [x, y] = [toldOf(a.r, a.c).parts, toldOf(b.r, b.c).parts];
  if (!x.length || !y.length) return true;
  return x.some((p) => y.some((q) => {
    const apart = Math.abs(DAY_PARTS[p].hour - DAY_PARTS[q].hour);
    return Math.min(apart, 24 - apart) <= SAME_TIME_HOURS;
  }));
}

/**
 * «ونزل سعر الذهب 0.3 بالمئة … الساعة 1853 بتوقيت جرينتش»: a figure told at a clock time is
 * a market's reading at that moment, one of many that day. It is set only against a reading
 * of about the same time. Two figures told at two parts of the trading day
 * (model/sessions.ts: «التعاملات الصباحية», «ختام التعاملات») are two readings too.
 */
const CLOCK = /الساعه\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/u;
const SAME_READING_MINUTES = 60;

const sessionOf = keyedLabels(SESSIONS);
const trading = keySet(TRADING_WORDS);

/** When a figure was read, once per figure: its clock time in minutes, and the parts of the trading day its sentence names. */
interface MarketReading {
  clock: number | undefined;
  sessions: Set<string>;
}
const readingCache = new WeakMap<StoredCount, MarketReading>();
function readingOf(c: StoredCount): MarketReading {
  const cached = readingCache.get(c);
  if (cached) return cached;
  const m = CLOCK.exec(keyOf(c.quote));
  const { forms } = sentenceWords(c.quote);
  const nearTrading = (i: number) => [i - 1, i + 1].some((k) => forms[k]?.some((f) => trading.has(f)));
  const sessions = new Set(forms.flatMap((fs, i) => (nearTrading(i) ? fs.flatMap((f) => sessionOf.get(f) ?? []) : [])));
  const reading = { clock: m ? Number(m[1]) * 60 + Number(m[2] ?? 0) : undefined, sessions };
  readingCache.set(c, reading);
  return reading;
}

function sameReading(a: StoredCount, b: StoredCount): boolean {
  const [x, y] = [readingOf(a), readingOf(b)];
  if (x.sessions.size && y.sessions.size && ![...x.sessions].some((s) => y.sessions.has(s))) return false;
  if (x.clock === undefined && y.clock === undefined) return true;
  return x.clock !== undefined && y.clock !== undefined && Math.abs(x.clock - y.clock) <= SAME_READING_MINUTES;
}

export function sameOccasion(a: { r: ReportDetails; c: StoredCount }, b: { r: ReportDetails; c: StoredCount }): boolean {
  if (a.c.slot === "quantity" && !sameReading(a.c, b.c)) return false;
  const byDay = daily(a.c) || daily(b.c);
  const [da, db] = byDay ? [dayOf(a), dayOf(b)] : [toldOf(a.r, a.c).days, toldOf(b.r, b.c).days];
  if (!da.length || !db.length) return true;
  const tolerance = a.c.slot === "quantity" || byDay ? 0 : DAY_MS;
  return da.some((x) => db.some((y) => Math.abs(Date.parse(x) - Date.parse(y)) <= tolerance));
}

/** New cases are told right after their figure («حالتي إصابة جديدة»), not a few words on («5 أشخاص في هجوم جديد»). */
const NEW_REACH = 1;
const newWords = new Set(NEW_CASES);
const CASES = new Set(["injured", "killed"]);
const newCases = (c: StoredCount) => CASES.has(c.slot) && wordsAfter(c, NEW_REACH).some((forms) => forms.some((f) => newWords.has(f)));
/** A disease's cases and deaths are told as a health ministry's daily tally («خلال الـ 24 ساعة الماضية»): a figure of its day. */
const daily = (c: StoredCount) => DISEASE_SLOTS.has(c.slot) || newCases(c);
/** The day a daily tally is of: the one its sentence names, else the day its report was published. */
const dayOf = ({ r, c }: { r: ReportDetails; c: StoredCount }): string[] => {
  const { days } = toldOf(r, c);
  return days.length || !r.published ? days : [r.published.slice(0, 10)];
};
