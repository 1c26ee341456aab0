import { Gap, spanOf, type Doc } from "./doc.ts";
import {
  CURRENT_MONTH, DAY_PARTS, DAY_WORD, DAY_WORDS, HIJRI_MARK, MAX_HIJRI_YEAR, MONTHS, PART_PREPOSITIONS, RELATIVE, RELATIVE_BLOCKERS, STATEMENT_NOUNS,
  STATEMENT_REACH, TEENS_AFTER_AHAD, WEEKDAY_BLOCKERS, WEEKDAY_LEADS, WEEKDAYS, type DayPart, type MonthRow,
} from "./model/dates.ts";
import { SAY_VERBS } from "./model/attribution.ts";
import { PhraseIndex } from "./phrases.ts";
import type { DateDetail } from "./types.ts";

/**
 * Dates (ARABIC.md §4, #21–#25): month names of four systems with a day and year around
 * them, day-first numeric dates, weekdays only in date context («الاثنين» is also "the
 * two"), and relative dates resolved against the publication day in local time.
 */
const months = new PhraseIndex(MONTHS);
const relative = new PhraseIndex(RELATIVE);
const leads = new Set(WEEKDAY_LEADS);
const blockers = new Set(WEEKDAY_BLOCKERS);
const current = new Set(CURRENT_MONTH);
const relativeBlockers = new Set(RELATIVE_BLOCKERS);
const partOf = new Map<string, DayPart>(Object.entries(DAY_PARTS).flatMap(([part, { forms }]) => forms.map((f) => [f, part as DayPart] as const)));
const dayWords = new Set(DAY_WORDS);
const partPrepositions = new Set(PART_PREPOSITIONS);
const statementWords = new Set([...SAY_VERBS, ...STATEMENT_NOUNS]);

export interface DateContext {
  /** publication day in local time, as a UTC-midnight Date */
  today?: Date;
}

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const num = (doc: Doc, i: number) => (doc.tokens[i]?.kind === "number" ? Number(doc.tokens[i]!.normal) : NaN);
const isDay = (v: number) => Number.isInteger(v) && v >= 1 && v <= 31;
const isYear = (v: number) => Number.isInteger(v) && v >= 1300 && v <= 2100;

function weekdayAt(doc: Doc, i: number): { day: number; cut: number } | undefined {
  for (const [form, cut] of doc.readings[i]!) {
    const day = WEEKDAYS.get(form);
    if (day === undefined) continue;
    const prev = i > 0 && doc.gaps[i - 1]! <= Gap.Space ? doc.tokens[i - 1]!.normal : "";
    if (blockers.has(prev)) return undefined;
    // «المهاجمين الاثنين»: after a definite dual or plural it is "the two" (#22)
    if (day === 1 && cut === 0 && prev.startsWith("ال") && /(ين|ان|ون)$/.test(prev)) return undefined;
    if (day === 0 && prev !== DAY_WORD && isEleven(doc, i)) return undefined;
    return { day, cut };
  }
  return undefined;
}

/** «الأحد عشر جنديا»: «عشر» right after, then a singular noun (model/dates.ts). */
function isEleven(doc: Doc, i: number): boolean {
  const teen = doc.tokens[i + 1];
  const noun = doc.tokens[i + 2];
  if (!teen || doc.gaps[i]! > Gap.Space || !teens.has(teen.normal)) return false;
  if (!noun || doc.gaps[i + 1]! > Gap.Space) return true;
  // a singular: accusative «جنديا» or feminine «قذيفه»; not a broken plural in «ايا» («ضحايا»)
  return noun.kind === "word" && (noun.normal.endsWith("ه") || (noun.normal.endsWith("ا") && !noun.normal.endsWith("ايا")));
}
const teens = new Set(TEENS_AFTER_AHAD);

function monthAt(doc: Doc, i: number) {
  const m = months.matchAt(doc, i);
  return m && m.cut === 0 ? m : undefined;
}

export function findDates(doc: Doc, ctx: DateContext, claimed: Uint8Array): DateDetail[] {
  const out: DateDetail[] = [];
  const claim = (from: number, to: number) => { for (let k = from; k < to; k++) claimed[k] = 1; };
  for (let i = 0; i < doc.tokens.length; i++) {
    if (claimed[i]) continue;
    const m = monthAt(doc, i);
    if (m) {
      const d = monthDate(doc, i, m.value, m.end, ctx);
      if (d) {
        const first = firstOfRange(doc, d.from, d.detail);
        if (first) out.push(first);
        out.push(d.detail);
        claim(d.from, d.to);
        i = d.to - 1;
        continue;
      }
    }
    const numeric = numericDate(doc, i);
    if (numeric) {
      out.push(numeric.detail);
      claim(i, numeric.to);
      i = numeric.to - 1;
      continue;
    }
    const rel = relative.matchAt(doc, i);
    if (rel && !relativeBlockers.has(doc.tokens[rel.end]?.normal ?? "")) {
      let to = rel.end;
      const wd = to < doc.tokens.length && doc.gaps[to - 1]! <= Gap.Space ? weekdayAt(doc, to) : undefined;
      if (wd) to++;
      const detail: DateDetail = { ...spanOf(doc, i, to, rel.cut), kind: "relative", ...partBefore(doc, i) };
      if (rel.value !== null && ctx.today) {
        const day = new Date(ctx.today.getTime() + rel.value * DAY_MS);
        detail.day = iso(day);
        detail.weekday = day.getUTCDay();
      } else if (wd) detail.weekday = wd.day;
      out.push(detail);
      claim(i, to);
      i = to - 1;
      continue;
    }
    const wd = weekdayAt(doc, i);
    // «الأحد 6 أغسطس»: the month rule takes the weekday with the date
    if (wd && !(isDay(num(doc, i + 1)) && i + 2 < doc.tokens.length && monthAt(doc, i + 2))) {
      const prev = i > 0 ? doc.tokens[i - 1]!.normal : "";
      const from = leads.has(prev) && doc.gaps[i - 1]! <= Gap.Space ? i - 1 : i;
      const nextWord = doc.tokens[i + 1]?.normal;
      const past = nextWord === "الماضي" && doc.gaps[i]! <= Gap.Space;
      const to = past ? i + 2 : i + 1;
      const detail: DateDetail = { ...spanOf(doc, from, to, from === i ? wd.cut : 0), kind: "weekday", weekday: wd.day, ...partBefore(doc, from) };
      if (ctx.today) {
        let back = (ctx.today.getUTCDay() - wd.day + 7) % 7;
        if (past && back === 0) back = 7;
        detail.day = iso(new Date(ctx.today.getTime() - back * DAY_MS));
      }
      out.push(detail);
      claim(from, to);
      i = to - 1;
    }
  }
  return out;
}

/**
 * The part of the day a date starting at token `from` is told with: its own first word
 * («صباح اليوم», «فجر الجمعة») or the word before it, across «يوم/اليوم» («صباح يوم الجمعة»)
 * and a comma after «من/في» («من صبيحة، اليوم الجمعة»; «الشيخ صباح، اليوم» is a name). None
 * when it is when something was said («أعلن الجيش مساء اليوم»): the event's time is another.
 */
function partBefore(doc: Doc, from: number): { part?: DayPart } {
  for (let k = from; k >= 0 && k >= from - 2; k--) {
    if (k < from && doc.gaps[k]! > Gap.Space && !(doc.gaps[k]! <= Gap.Clause && afterInOrFrom(doc, k))) break;
    const part = doc.readings[k]!.map(([f]) => partOf.get(f)).find((p) => p !== undefined);
    if (part) return said(doc, k) ? {} : { part };
    if (k < from && !dayWords.has(doc.tokens[k]!.normal)) break;
  }
  return {};
}
const afterInOrFrom = (doc: Doc, k: number) => k > 0 && doc.gaps[k - 1]! <= Gap.Space && partPrepositions.has(doc.tokens[k - 1]!.normal);

/** A speech verb or a statement noun a few words before token `k`, in its clause. */
function said(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - STATEMENT_REACH && doc.gaps[j]! <= Gap.Clause; j--) {
    if (doc.readings[j]!.some(([f]) => statementWords.has(f))) return true;
  }
  return false;
}

/** «6 أغسطس 2024», «أغسطس 6, 2024», «26 تشرين الأول/ أكتوبر الجاري», «الاثنين 5 أغسطس». */
function monthDate(doc: Doc, i: number, row: MonthRow, end: number, ctx: DateContext) {
  let from = i;
  let to = end;
  let day = num(doc, i - 1);
  if (isDay(day) && doc.gaps[i - 1]! <= Gap.Space) from = i - 1;
  else day = NaN;
  // «تشرين الأول/ أكتوبر», «أغسطس آب»: a second name of the same month
  if (to < doc.tokens.length && doc.gaps[to - 1]! <= Gap.Dash) {
    const alt = monthAt(doc, to);
    if (alt && alt.value.month === row.month) to = alt.end;
  }
  if (isNaN(day) && to < doc.tokens.length && doc.gaps[to - 1]! <= Gap.Clause && isDay(num(doc, to)) && !isYear(num(doc, to))) {
    day = num(doc, to);
    to++;
  }
  let year = to < doc.tokens.length && doc.gaps[to - 1]! <= Gap.Clause ? num(doc, to) : NaN;
  if (isYear(year)) {
    to++;
    if (doc.tokens[to]?.normal === HIJRI_MARK || doc.tokens[to]?.normal === "م") to++;
  } else year = NaN;
  if (to < doc.tokens.length && current.has(doc.tokens[to]!.normal)) to++;
  const context = !isNaN(day) || !isNaN(year) || doc.tokens[i - 1]?.normal === "شهر";
  if (row.context && !context) return undefined;
  if (!context && to === end && row.calendar === "hijri") return undefined;
  const detail: DateDetail = { ...spanOf(doc, from, to), kind: isNaN(day) ? "month" : "date", calendar: row.calendar };
  let wdFrom = from;
  const wd = from > 0 && doc.gaps[from - 1]! <= Gap.Clause ? weekdayAt(doc, from - 1) : undefined;
  if (wd) {
    wdFrom = from - 1;
    Object.assign(detail, spanOf(doc, wdFrom, to, wd.cut));
    detail.weekday = wd.day;
  }
  if (!isNaN(day)) Object.assign(detail, partBefore(doc, wdFrom));
  if (!isNaN(day) && row.calendar === "gregorian" && (!isNaN(year) || ctx.today)) {
    let y = isNaN(year) ? ctx.today!.getUTCFullYear() : year;
    if (isNaN(year) && row.month > ctx.today!.getUTCMonth() + 2) y--;
    const date = new Date(Date.UTC(y, row.month - 1, day));
    detail.day = iso(date);
    if (wd && wd.day !== date.getUTCDay()) detail.weekdayMismatch = true;
    detail.weekday ??= date.getUTCDay();
  }
  return { detail, from: wdFrom, to };
}

/** «ما بين 17 و26 تشرين الأول»: the first day of a range shares the month of the second. */
function firstOfRange(doc: Doc, from: number, second: DateDetail): DateDetail | undefined {
  const day = num(doc, from - 2);
  if (from < 2 || doc.tokens[from - 1]!.normal !== "و" || !isDay(day) || isNaN(num(doc, from))) return undefined;
  const detail: DateDetail = { ...spanOf(doc, from - 2, from - 1), kind: "date" };
  if (second.calendar) detail.calendar = second.calendar;
  if (second.day) {
    const date = new Date(Date.UTC(Number(second.day.slice(0, 4)), Number(second.day.slice(5, 7)) - 1, day));
    detail.day = iso(date);
    detail.weekday = date.getUTCDay();
  }
  return detail;
}

/** «7/10/2023» and «2023/10/7», day first (ARABIC.md §4). */
function numericDate(doc: Doc, i: number) {
  if (i + 2 >= doc.tokens.length || doc.gaps[i] !== Gap.Dash || doc.gaps[i + 1] !== Gap.Dash) return undefined;
  const [a, b, c] = [num(doc, i), num(doc, i + 1), num(doc, i + 2)];
  const slash = (k: number) => doc.n.key.slice(doc.tokens[k]!.keyEnd, doc.tokens[k + 1]!.keyStart).trim() === "/";
  if (!slash(i) || !slash(i + 1)) return undefined;
  const [y, mo, d] = isYear(a) ? [a, b, c] : [c, b, a];
  if (!isYear(y) || !isDay(d) || !(mo >= 1 && mo <= 12)) return undefined;
  let to = i + 3;
  // «22/ 10/ 1436هـ»: a Hijri date is kept as written, not converted
  if (doc.tokens[to]?.normal === HIJRI_MARK || y <= MAX_HIJRI_YEAR) {
    if (doc.tokens[to]?.normal === HIJRI_MARK) to++;
    return { detail: { ...spanOf(doc, i, to), kind: "date", calendar: "hijri" } as DateDetail, to };
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  const detail: DateDetail = { ...spanOf(doc, i, to), kind: "date", calendar: "gregorian", day: iso(date), weekday: date.getUTCDay() };
  return { detail, to };
}

/** Publication time → the local calendar day (Iraq, Syria, Saudi Arabia: UTC+3 by default). */
export function localDay(published: string | undefined, offsetMinutes = 180): Date | undefined {
  if (!published) return undefined;
  const t = Date.parse(published);
  if (isNaN(t)) return undefined;
  const local = new Date(t + offsetMinutes * 60_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
