import { extractDetails } from "../extract/index.ts";
import { DAY_PARTS, type DayPart } from "../extract/model/dates.ts";
import { keyOf, keyedLabels, keySet } from "../text/normalize.ts";
import { SESSIONS, TRADING_WORDS } from "./model/sessions.ts";
import { sentenceWords } from "./sentence-words.ts";
import type { ReportDetails, StoredCount } from "./report-details.ts";

/**
 * Are two figures about one occasion as far as their sentences date them? «أغلق المؤشر
 * أمس … 0.76%» and «أغلق المؤشر اليوم … 2.38%» are two days' closes, not a contradiction.
 * Days resolve against publication time (ARABIC.md §4); counts tolerate ±1 day («ليل الأحد»
 * and «فجر الاثنين» can be one attack), figures with a unit (daily closes, daily tallies) none.
 * A sentence that names no day cannot tell them apart. Parts of the day set figures apart
 * too («صباح اليوم» / «مساء اليوم»), a figure's own or, when its quote names none, its
 * report's lead's (a toll read in the morning and another in the evening are two readings
 * at best, two incidents at worst).
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
 * «وقع صباح اليوم» and «مساء اليوم» are two incidents (the Red Crescent's two crashes on one
 * road); «ليل الأحد» and «فجر الاثنين» may be one. Parts of the day within this many hours of
 * each other, around the clock, can be one time: the day itself may be off by one (a reprint
 * keeps «اليوم», an outlet dates at midnight), the part of it is what the witness saw.
 */
const SAME_TIME_HOURS = 7;
function partsMeet(a: readonly DayPart[], b: readonly DayPart[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.some((y) => {
    const apart = Math.abs(DAY_PARTS[x].hour - DAY_PARTS[y].hour);
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
  const [x, y] = [toldOf(a.r, a.c), toldOf(b.r, b.c)];
  if (!partsMeet(x.parts, y.parts)) return false;
  const [da, db] = [x.days, y.days];
  if (!da.length || !db.length) return true;
  const tolerance = a.c.slot === "quantity" ? 0 : DAY_MS;
  return da.some((x) => db.some((y) => Math.abs(Date.parse(x) - Date.parse(y)) <= tolerance));
}
