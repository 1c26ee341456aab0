import { keySet } from "../text/normalize.ts";
import { Gap, gapText, type Doc } from "./doc.ts";
import {
  BACKGROUND_OPENERS, BACKGROUND_PHRASES, CE_MARK, EARLIER_INCIDENTS, EARLIER_INCIDENTS_REACH, FORECAST_NEGATIONS, FORECAST_REACH, FORECAST_WORDS, INTENT_WORDS, LONG_PERIODS, MONTH_AHEAD, MONTH_LEADS, PERIOD_LEADS, PLUPERFECT_MARK, PLUPERFECT_OPENERS, YEAR_LEADS,
} from "./model/background-cues.ts";
import { MONTHS } from "./model/dates.ts";
import { baseForms } from "./clitics.ts";
import { parseNumber } from "./numbers.ts";
import { PhraseIndex } from "./phrases.ts";

/**
 * Sentence numbers of a report's background sentences (model/background-cues.ts): an
 * earlier incident or a running total, not the event the report is about. Earlier years
 * and other months count only when the publication day is known.
 */
const openers = new Set(BACKGROUND_OPENERS);
const phrases = new PhraseIndex(BACKGROUND_PHRASES.map((p) => [p, true] as const));
const yearLeads = new Set(YEAR_LEADS);
const monthLeads = new Set(MONTH_LEADS);
// not the months that are also words («ماي», «أب» the father, «مارس» the verb): a sentence they seem to date may be the news
const gregorianMonths = new PhraseIndex(MONTHS.filter(([, row]) => row.calendar === "gregorian" && !row.context).map(([name, row]) => [name, row.month] as const));
const ahead = new Set(MONTH_AHEAD);
const periodLeads = new Set(PERIOD_LEADS);
const longPeriods = new Set(LONG_PERIODS);

/** `today`: the publication day (UTC midnight of its local date). */
export function backgroundSentences(doc: Doc, today?: Date): Set<number> {
  const publishedYear = today?.getUTCFullYear();
  const out = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (out.has(doc.sentence[i]!)) continue;
    const opens = i === 0 || doc.gaps[i - 1]! === Gap.Sentence;
    if ((opens && openers.has(doc.tokens[i]!.normal)) || phrases.matchAt(doc, i, false) || earlierYear(doc, i, publishedYear) || otherMonth(doc, i, today) || periodTotal(doc, i)) out.add(doc.sentence[i]!);
  }
  return out;
}

/** «خلال 3 أشهر من الاشتباكات», «خلال ثلاثة أشهر»: a total over months or years, not the incident. */
function periodTotal(doc: Doc, i: number): boolean {
  if (!periodLeads.has(doc.tokens[i]!.normal) || i + 1 >= doc.tokens.length || doc.gaps[i]! > Gap.Space) return false;
  const n = parseNumber(doc, i + 1);
  const unit = n ? doc.tokens[n.end] : undefined;
  return unit !== undefined && longPeriods.has(unit.normal) && doc.gaps[n!.end - 1]! <= Gap.Space;
}

/** «في 2012», «عام 2011م»: a year before the report's own dates its sentence in the past. */
const FIRST_YEAR = 1900;
function earlierYear(doc: Doc, i: number, publishedYear: number | undefined): boolean {
  const t = doc.tokens[i]!;
  if (publishedYear === undefined || t.kind !== "number" || !/^\d{4}$/.test(t.normal)) return false;
  const year = Number(t.normal);
  if (year < FIRST_YEAR || year >= publishedYear) return false;
  return (i > 0 && yearLeads.has(doc.tokens[i - 1]!.normal) && doc.gaps[i - 1]! <= Gap.Space) || (doc.tokens[i + 1]?.normal === CE_MARK && gapText(doc, i) === "");
}

/**
 * «وفي نوفمبر، قتل 55 شخصا» in a report of July: a month named after «في» that is neither
 * the publication month nor the one before it tells another time, an earlier incident (a
 * monthly figure of last month, «صادرات يوليو» in early August, is the news itself).
 */
function otherMonth(doc: Doc, i: number, today: Date | undefined): boolean {
  if (!today || !monthLeads.has(doc.tokens[i]!.normal) || doc.gaps[i]! > Gap.Space) return false;
  const hit = gregorianMonths.matchAt(doc, i + 1, false);
  // «في سبتمبر المقبل» is a plan, not an earlier incident
  if (!hit || ahead.has(doc.tokens[hit.end]?.normal ?? "")) return false;
  const month = today.getUTCMonth() + 1;
  return hit.value !== month && hit.value !== ((month + 10) % 12) + 1;
}

const forecastWords = keySet(FORECAST_WORDS);
const negations = keySet(FORECAST_NEGATIONS);

/** The nearest of the `reach` tokens before token `first`, in its clause, that passes `test`. */
function nearestBefore(doc: Doc, first: number, reach: number, test: (k: number) => boolean): number | undefined {
  for (let k = first - 1; k >= Math.max(0, first - reach) && doc.gaps[k]! < Gap.Clause; k--) if (test(k)) return k;
  return undefined;
}

/** Is the figure at token `first` forecast: a forecasting word a few words before it, in its clause, not negated («غير متوقع»)? */
export function forecast(doc: Doc, first: number): boolean {
  const k = nearestBefore(doc, first, FORECAST_REACH, (k) => baseForms(doc.readings[k]!).some((f) => forecastWords.has(f)));
  return k !== undefined && !(k > 0 && negations.has(doc.tokens[k - 1]!.normal));
}

const intents = new PhraseIndex(INTENT_WORDS.map((p) => [p, true] as const));

/** Is the amount at token `first` one someone intends («تعتزم الشركة توزيع 50 مليون ريال»): a word of intent a few words before it, in its clause? */
export function intended(doc: Doc, first: number): boolean {
  return nearestBefore(doc, first, FORECAST_REACH, (k) => intents.matchAt(doc, k) !== undefined) !== undefined;
}

const earlierIncidents = new PhraseIndex(EARLIER_INCIDENTS.map((p) => [p, true] as const));

/** Is the figure at token `first` told of earlier incidents («بعد هجومين أوقعا 13 قتيلا»): the phrase a few words before it, in its clause? */
export function ofEarlierIncidents(doc: Doc, first: number): boolean {
  return nearestBefore(doc, first, EARLIER_INCIDENTS_REACH, (k) => earlierIncidents.matchAt(doc, k) !== undefined) !== undefined;
}

const pluperfectOpeners = new Set(PLUPERFECT_OPENERS);

/**
 * Sentences told in the pluperfect: «وكانت مصادر عسكرية قد أعلنت الليلة الماضية عن مقتل
 * تسعة». A figure there is the report's earlier one when the report gives its own figure of
 * that kind elsewhere (the toll is 12 now): extract() then takes it as background. Alone,
 * it is the event's figure told as reported (seed 000: «وكانت رويترز نقلت في وقت سابق…»).
 */
export function pluperfectSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!(i === 0 || doc.gaps[i - 1]! === Gap.Sentence) || !pluperfectOpeners.has(doc.tokens[i]!.normal)) continue;
    const s = doc.sentence[i]!;
    for (let k = i + 1; k < doc.tokens.length && doc.sentence[k] === s; k++) {
      if (doc.tokens[k]!.normal === PLUPERFECT_MARK) {
        out.add(s);
        break;
      }
    }
  }
  return out;
}
