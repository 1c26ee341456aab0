import type { Condition, CountDetail, Details, HeadlineClaims, PersonDetail } from "../extract/types.ts";
import type { DayPart } from "../extract/model/dates.ts";
import { headlineClaims } from "../extract/claims.ts";
import { mainTextRange } from "../extract/boilerplate.ts";
import { quoteAround } from "./quote.ts";

/**
 * The details of one report that conflicts are drawn from, in the compact form the
 * database stores (no article text: the detail's words and a short quote).
 */
export interface StoredPerson {
  name: string;
  given?: string;
  family: string;
  familyKey: string;
  role?: { id: string; country?: string; title: string };
  text: string;
  quote: string;
  start?: number;
  end?: number;
}

export interface StoredCount {
  slot: CountDetail["slot"];
  min: number;
  max: number | null;
  group?: string;
  /** the condition of the injured it counts («ثلاثة منهم إصاباتهم بالغة»): compared only with figures of that condition */
  condition?: Condition;
  source?: string;
  text: string;
  quote: string;
  start?: number;
  end?: number;
}

export interface StoredPlace {
  id: string;
  name: string;
  text: string;
  quote: string;
  start?: number;
  end?: number;
}

/** Place kinds compared across reports: the site of the event, not the countries named in passing. */
export const SITE_KINDS: ReadonlySet<string> = new Set(["base", "site"]);

export interface ReportDetails {
  id: string;
  source: string;
  published?: string;
  /** id of the report whose wire copy this one reprints: one voice with it, not a confirmation */
  copyOf?: string;
  people: StoredPerson[];
  counts: StoredCount[];
  places: StoredPlace[];
  /**
   * the parts of the day its lead tells its tolls with («لقي شخصان مصرعهما … صباح اليوم»): a
   * figure whose own quote names none is of that time (the quotes are cut short; the lead is not stored)
   */
  partsOfDay?: DayPart[];
  /** what its headline says happened (claims.ts), read when the report is compared, never stored */
  headline?: Headline;
}

/** A report's headline (its title, else its first sentence) and what it says happened. */
export interface Headline extends HeadlineClaims {
  text: string;
  /** where the headline starts in the text of the report being read, when it is there: its spans get highlighted */
  offset?: number;
}

/** The headline's claims; `offset` when the headline is `text` of the report being read from that offset on. */
export function readHeadline(text: string, offset?: number): Headline {
  return { text, ...headlineClaims(text), ...(offset !== undefined ? { offset } : {}) };
}

/**
 * The headline of the report being read: its title (with its place in the text when the
 * text repeats it, so its words get highlighted), else the text's first line when that is
 * headline-short; none when neither.
 */
const HEADLINE_MAX = 200;
export function pageHeadline(text: string, title?: string): Headline | undefined {
  if (title?.trim()) {
    const at = text.indexOf(title);
    return readHeadline(title, at >= 0 ? at : undefined);
  }
  const first = /\S[^\n]*/u.exec(text);
  return first && first[0].length <= HEADLINE_MAX ? readHeadline(first[0], first.index) : undefined;
}

/** Keeps what conflicts need; `withOffsets` for the report being read (its spans get highlighted). */
export function toReportDetails(
  report: { id: string; source: string; published?: string },
  text: string,
  details: Details,
  withOffsets: boolean,
): ReportDetails {
  const at = (d: { start: number; end: number }) => (withOffsets ? { start: d.start, end: d.end } : {});
  const people = details.people
    .filter((p): p is PersonDetail & { role: NonNullable<PersonDetail["role"]> } => p.role !== undefined)
    .map((p) => ({
      name: p.name,
      ...(p.given ? { given: p.given } : {}),
      family: p.family,
      familyKey: p.familyKey,
      role: { id: p.role.id, ...(p.role.country ? { country: p.role.country } : {}), title: p.role.title },
      text: p.text,
      quote: quoteAround(text, p.start, p.end),
      ...at(p),
    }));
  // background sentences (an earlier incident, a running total) are not the event's details;
  // a figure with a unit counts only in the lead: further down, a story lists figures of its details
  const lead = leadEnd(text);
  const counts = details.counts
    .filter((c) => c.slot !== "other" && c.slot !== "sources" && !c.background && (c.slot !== "quantity" || c.start < lead))
    .map((c) => ({
      slot: c.slot,
      min: c.min,
      max: c.max,
      // a quantity's or a sentence's unit is its group: figures compare only within one unit
      ...(c.slot === "quantity" || c.slot === "sentence" ? { group: c.unit ?? "" } : c.group ? { group: c.group } : {}),
      ...(c.condition ? { condition: c.condition } : {}),
      ...(c.attribution ? { source: c.attribution.name } : {}),
      text: c.text,
      // a figure's quote is shorter: the words around it are what matters, and the lead has several
      quote: c.slot === "quantity" ? quoteAround(text, c.start, c.end, QUANTITY_QUOTE) : quoteAround(text, c.start, c.end),
      ...at(c),
    }));
  const places = uniqueBy(
    details.places.filter((p) => SITE_KINDS.has(p.kind)),
    (p) => p.id,
  ).map((p) => ({ id: p.id, name: p.name, text: p.text, quote: quoteAround(text, p.start, p.end), ...at(p) }));
  const partsOfDay = leadPartsOfDay(text, details, lead);
  return { id: report.id, source: report.source, ...(report.published ? { published: report.published } : {}), people, counts, places, ...(partsOfDay.length ? { partsOfDay } : {}) };
}

const QUANTITY_QUOTE = 100;

/**
 * The parts of the day dates in the lead's toll sentences are told with: the toll's own time,
 * not a background incident's in another sentence («بعد يوم من هجوم مماثل مساء أمس»).
 */
const TOLLS: ReadonlySet<string> = new Set(["killed", "injured", "casualties"]);
function leadPartsOfDay(text: string, details: Details, lead: number): DayPart[] {
  const tolls = details.counts.filter((c) => TOLLS.has(c.slot) && !c.background && c.start < lead);
  const inTollSentence = (d: { start: number; end: number }) => tolls.some((c) => !SENTENCE_END.test(text.slice(Math.min(c.end, d.end), Math.max(c.start, d.start))));
  return [...new Set(details.dates.flatMap((d) => (d.part && d.start < lead && inTollSentence(d) ? [d.part] : [])))];
}
const SENTENCE_END = /[.!?؟\n]/u;

/** Where a report's lead ends: its first paragraph of some length, at most a few sentences (a headline is all lead). */
const LEAD_MIN = 200;
const LEAD_MAX = 600;
function leadEnd(text: string): number {
  const from = mainTextRange(text).start;
  const end = text.indexOf("\n", from + LEAD_MIN);
  return Math.min(end < 0 ? text.length : end, from + LEAD_MAX);
}

/** The first of each key, in order (the extractor lists a place at every mention). */
function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
