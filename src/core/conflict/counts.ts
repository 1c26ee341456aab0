import type { Agreement, Conflict, TollUpdate } from "./types.ts";
import type { Condition } from "../extract/types.ts";
import type { ReportDetails, StoredCount } from "./report-details.ts";
import { contextOf, corresponds, sameSentence, sentenceContext, sharedContext } from "./context.ts";
import { groupKey } from "./group-key.ts";
import { careOf } from "./care.ts";
import { partOfArea, sameIncident } from "./incident.ts";
import { sameOccasion, sameTimeOfDay } from "./occasion.ts";
import { toldAsRise } from "./toll-rise.ts";
import { scaleSlip } from "./figure-slips.ts";
import { VAGUE } from "../extract/model/quantities.ts";
import { CURRENCIES, EXACT_UNITS } from "../extract/model/units.ts";
import { groupBy } from "../../shared/group-by.ts";
import { groupCompatible, hoursBetween, sameOutlet, spansOf, unique, valueOf, voiceCount } from "./values.ts";

/** `key`: the group it is compared in (group-key.ts); `part`: the condition of a part of the injured, compared only with that part (partsInOneCondition) */
type Mention = { r: ReportDetails; c: StoredCount; context: Set<string>; key: string; part?: Condition };

/**
 * Counts and quantities as intervals (ARABIC.md §7). A value of one report clashes with the
 * value another outlet gives for the same slot and group (and condition, for a part of the
 * injured: partsInOneCondition) when their sentences speak of the
 * same thing (context.ts: the best corresponding value of that report), the two cannot both
 * be true, the other report gives no compatible value, the two were published within a day
 * or so, their sentences name no different days and they are told of one time of the day
 * (a figure's own, or its report's lead's: occasion.ts), and the later one is not
 * a higher cumulative toll (an update: a timeline, when the two sentences tell one toll,
 * alike or the later as a rise). Counts need sentences that may tell one incident (a roundup
 * tells several: incident.ts) and count the same of the injured (care.ts: all of them, or
 * those still in care); figures with a unit, much the same sentence. A lower toll of a part
 * of the other's area («15 في حي لوملي» / «28 في وسط البلاد») is no contradiction of it.
 * When the clashing values are attributed to different claimants, the conflict is marked disputed ("A says x, B says y"), not an outlet's error.
 * Corresponding, overlapping values from several independent voices (outlets; a reprint is
 * one voice with its original) are an agreement, with the spans where the report being
 * read gives it.
 */
export function countFindings(reports: readonly ReportDetails[]): { conflicts: Conflict[]; agreements: Agreement[]; updates: TollUpdate[] } {
  const all = partsInOneCondition(reports.flatMap((r) => r.counts.filter((c) => !bareLine(c, r)).map((c) => ({ r, c, context: contextOf(c.quote, c.text), key: groupKey(c) }))));
  const conflicts: Conflict[] = [];
  const agreements: Agreement[] = [];
  const updates: TollUpdate[] = [];
  // a part is no addend of a total («9، ثلاثة منهم إصاباتهم بالغة» is not 12)
  const partsBy = groupBy(all.filter((m) => !m.part), (m) => `${m.r.id}|${m.c.slot}`);
  for (const bucket of withJoins(groupBy(all, (m) => `${m.c.slot}|${m.key}|${m.part ?? ""}`), all)) {
    const slot = bucket[0]!.c.slot;
    // a quantity's bucket holds one unit (its group); joined bare amounts come after
    const unit = slot === "quantity" ? { unit: bucket[0]!.c.group ?? "" } : {};
    // a bucket's first mention is its own, never one joined to it (withJoins)
    const part = bucket[0]!.part;
    const condition = part ? { condition: part } : {};
    // two tolls told with this condition meet already among the totals, not again here
    const guests = (x: Mention, y: Mention) => part !== undefined && !x.part && !y.part;
    const clashing = new Set<Mention>();
    const updating = new Set<Mention>();
    const byReport = groupBy(bucket, (m) => m.r.id);
    const tables = new Set([...byReport].filter(([, ms]) => isTable(ms, unit)).map(([id]) => id));
    const series = isSeries(bucket, unit);
    for (const x of bucket) {
      if (series || tables.has(x.r.id)) continue;
      for (const other of byReport.values()) {
        if (sameOutlet(x.r, other[0]!.r) || tables.has(other[0]!.r.id) || other.some((y) => !disjoint(x.c, y.c))) continue;
        // each must be the other's one closest value: a list of figures is not compared item by item
        const y = closest(x, other);
        if (!y || closest(y, byReport.get(x.r.id)!) !== x || guests(x, y) || daysApart(x.r, y.r) || !sameOccasion(x, y)) continue;
        if (totalOf(x, y, partsBy.get(`${y.r.id}|${slot}`)) || totalOf(y, x, partsBy.get(`${x.r.id}|${slot}`))) continue;
        if (slot !== "quantity" && partOfLowerFigure(x, y)) continue;
        if (x.c.slot === "quantity" ? !sameSentence(x.c, y.c) : !sameIncident(figureOf(x), figureOf(y)) || careOf(x.c) !== careOf(y.c)) continue;
        // a timeline claims one toll told twice: the same sentence, or the later one told as a rise;
        // told of two times of the day («صباح اليوم» / «مساء اليوم»), two figures are two incidents or two readings
        if (isUpdate(x, y)) {
          if (sameSentence(x.c, y.c) || toldAsRise(later(x, y).c.quote)) updating.add(x).add(y);
        } else if (sameTimeOfDay(x, y)) clashing.add(x).add(y);
      }
    }
    if (clashing.size) {
      // the clashing values and the values of other reports that confirm one of them
      const shown = bucket.filter((m) => clashing.has(m) || [...clashing].some((c) => c.r.id !== m.r.id && !disjoint(c.c, m.c) && corresponds(c.context, m.context)));
      const claimants = new Set([...clashing].map((m) => m.c.source ?? ""));
      conflicts.push({
        kind: "count",
        slot,
        ...unit,
        ...condition,
        severity: "fact",
        ...(claimants.size > 1 && !claimants.has("") ? { disputed: true } : {}),
        values: unique(shown.map(({ r, c }) => valueOf(r, c, intervalLabel(c)))),
      });
      continue;
    }
    if (updating.size) updates.push({ kind: "count", slot, ...condition, values: unique(byTime([...updating]).map(({ r, c }) => valueOf(r, c, intervalLabel(c)))) });
    // a crash in the morning and another in the evening with as many dead confirm neither
    const confirmed = bucket.filter((x) => bucket.some((y) => y.r.id !== x.r.id && !guests(x, y) && !disjoint(x.c, y.c) && corresponds(x.context, y.context) && sameTimeOfDay(x, y)));
    const confirming = new Set(confirmed.map((m) => m.r.id));
    const voices = voiceCount(confirming, reports);
    if (voices >= 2) {
      const value = intervalLabel(narrowest(confirmed.map((m) => m.c)));
      agreements.push({ kind: "count", slot, ...unit, ...condition, value, reports: [...confirming], voices, ...spansOf(confirmed.map((m) => m.c)) });
    }
  }
  return { conflicts, agreements, updates };
}

/**
 * The injured in one condition («ثلاثة منهم إصاباتهم بالغة», «وإصابة حرجة، و3 إصابات
 * متوسطة») are a part of the injured when their report also gives a figure of all of them
 * (of that group): then they are compared only with figures of the same condition, never
 * with a total. With no such figure, a figure with a condition is the report's toll told
 * with it («أصيب 4 أشخاص بجروح خطيرة») and is compared as any toll. A zero in one condition
 * («دون وقوع إصابات خطيرة») always is one: it denies that part only.
 */
function partsInOneCondition(all: Mention[]): Mention[] {
  const whole = new Set(all.filter((m) => !m.c.condition).map((m) => `${m.r.id}|${m.c.slot}|${m.key}`));
  for (const m of all) if (m.c.condition && (isZero(m.c) || whole.has(`${m.r.id}|${m.c.slot}|${m.key}`))) m.part = m.c.condition;
  return all;
}

/**
 * A figure alone on its line, a sub-heading («260 قتيلا»), says nothing of what it counts:
 * beside other figures of its slot in its report, which one it sums up is a guess.
 */
function bareLine(c: StoredCount, r: ReportDetails): boolean {
  return sentenceContext(c).size === 0 && r.counts.some((o) => o !== c && o.slot === c.slot);
}

/**
 * A report that gives three or more different figures of one unit (a company's results:
 * profit, revenue, last year's, the quarter's…; a figure and its rounding are one) is a table: which of its figures another
 * report's figure answers is a guess, and a guessed conflict is worse than none.
 */
const TABLE_FIGURES = 3;
function isTable(ms: readonly Mention[], unit: { unit?: string }): boolean {
  // counted in the bucket's own unit (not the bare amounts joined to it), a year or a rank never, one figure told twice once
  if (unit.unit === undefined || EXACT_UNITS.has(unit.unit)) return false;
  const own = ms.filter((m) => (m.c.group ?? "") === unit.unit);
  return own.length >= TABLE_FIGURES && groupCompatible(own, (a, b) => !disjoint(a.c, b.c)).length >= TABLE_FIGURES;
}

/**
 * A quantity one outlet itself gives differently in two of its reports published half a day
 * or more apart (a market's close on Monday and on Tuesday, a weekly stock figure) is a
 * series: the event is a run of days, and another outlet's different figure is most likely
 * another day's, published late, not a contradiction. Its figures are not set against each
 * other (agreements still count). Tolls are not series: a higher one later is an update.
 */
const SERIES_GAP_HOURS = 12;
function isSeries(bucket: readonly Mention[], unit: { unit?: string }): boolean {
  if (unit.unit === undefined) return false;
  // the bucket's own unit only (bare amounts join every currency), two reports half a day apart or more
  const own = bucket.filter((m) => (m.c.group ?? "") === unit.unit);
  return own.some((x) => own.some((y) => sameOutlet(x.r, y.r) && hoursBetween(x.r, y.r) >= SERIES_GAP_HOURS && disjoint(x.c, y.c) && corresponds(x.context, y.context, true)));
}

/**
 * «استشهاد 13 من منسوبي القوات ومن العاملين» against «عشرة من منسوبي القوات وثلاثة من
 * العاملين»: a figure that is the sum of the figure it is set against and one or more other
 * figures that report tells with it (in much the same sentence; the same slot, of any
 * group; for figures with a unit, the same unit, and never percentages, years or ranks,
 * which do not add up) is their total, not a contradiction. Exact figures only; a report's
 * first few figures of the slot are tried.
 */
const MAX_PARTS = 8;
function totalOf(x: Mention, y: Mention, parts: readonly Mention[] | undefined): boolean {
  const exact = (c: StoredCount) => c.min === c.max && c.min > 0;
  if (!parts || !exact(x.c) || !exact(y.c) || (x.c.slot === "quantity" && (x.c.group === "%" || EXACT_UNITS.has(x.c.group ?? "")))) return false;
  const others = parts
    .filter((m) => m !== y && exact(m.c) && (x.c.slot !== "quantity" || sameUnit(m.c.group, x.c.group)) && (m.c.quote === y.c.quote || sameSentence(m.c, y.c)))
    .map((m) => m.c.min)
    .slice(0, MAX_PARTS);
  const rest = x.c.min - y.c.min;
  for (let set = 1; set < 1 << others.length; set++) {
    let sum = 0;
    for (let k = 0; k < others.length; k++) if (set & (1 << k)) sum += others[k]!;
    if (Math.abs(sum - rest) < 1e-9) return true;
  }
  return false;
}

/**
 * Units written alike but for a long vowel: «22042 مرجعاً» beside «17183 مراجعاً» (a slip for
 * «مراجعاً», visitors). Only where parts must add up exactly to a total, so a chance likeness
 * («طالب»/«طلب») costs nothing.
 */
const unitLetters = (group: string | undefined) => (group ?? "").replace(/[اوي]/gu, "");
const sameUnit = (a: string | undefined, b: string | undefined) => a === b || unitLetters(a) === unitLetters(b);

const figureOf = ({ r, c }: Mention) => ({ quote: c.quote, text: c.text, ...(r.headline ? { headline: r.headline.text } : {}) });

/** The lower of two tolls told of a part of the other's area («15 في حي لوملي» / «28 في وسط البلاد»). */
function partOfLowerFigure(x: Mention, y: Mention): boolean {
  const [low, high] = ceiling(x.c) < floor(y.c) ? [x, y] : [y, x];
  return partOfArea(low.c, high.c);
}

const byTime = (ms: Mention[]) => ms.sort((a, b) => Date.parse(a.r.published!) - Date.parse(b.r.published!));

/**
 * The one value of a report whose sentence corresponds best to x's; none when two tie. A
 * zero («دون وقوع ضحايا») tells of the whole incident, not of the words around it: when no
 * value corresponds by its nearby words, a zero in much the same sentence (context.ts:
 * sameSentence) will do.
 */
function closest(x: Mention, values: readonly Mention[]): Mention | undefined {
  const near = best(values, (y) => (corresponds(x.context, y.context, x.c.slot === "quantity") ? sharedContext(x.context, y.context) : -1));
  if (near !== null) return near;
  const whole = (y: Mention) => ((isZero(x.c) || isZero(y.c)) && sameSentence(x.c, y.c) ? sharedContext(sentenceContext(x.c), sentenceContext(y.c)) : -1);
  return best(values, whole) ?? undefined;
}

/** The value with the highest score (≥ 0); undefined when two tie for it, null when none scores. */
/**
 * Tolls of one figure (a zero of the dead and one of the injured deny alike: «لم تسفر عن وقوع
 * قتلى أو جرحى»); amounts never (a story's amounts repeat by chance: «مليوني» of two tonnages).
 */
const sameToll = (a: Mention, b: Mention) =>
  a.c.slot !== "quantity" && (a.c.slot === b.c.slot || (isZero(a.c) && isZero(b.c))) && a.c.min === b.c.min && a.c.max === b.c.max;

function best(values: readonly Mention[], score: (y: Mention) => number): Mention | undefined | null {
  let top: Mention | null = null;
  let high = -1;
  let tied = false;
  for (const y of values) {
    const s = score(y);
    if (s < 0) continue;
    if (s > high) (top = y), (high = s), (tied = false);
    // one toll a report tells twice (its lead, its body) is one value, not a tie
    else if (s === high && !sameToll(top!, y)) tied = true;
  }
  return tied ? undefined : top;
}

// not «casualties»: «دون وقوع قتلى» does not deny «مقتل وإصابة 4», all four may be injured
const CASUALTY_SLOTS = new Set(["killed", "injured"]);
const isZero = (c: StoredCount) => CASUALTY_SLOTS.has(c.slot) && c.min === 0 && c.max === 0;
const isAcquittal = (c: StoredCount) => c.slot === "sentence" && c.max === 0;
const isBareAmount = (c: StoredCount) => c.slot === "quantity" && c.group === "";

/**
 * Values that speak to other groups too: a zero («دون وقوع ضحايا», «لم تسفر عن إصابات»,
 * #18) says nobody was hurt, so it meets the killed and the injured of every group (in one
 * condition, only that condition's part); an acquittal meets a sentence of any term, death
 * or life; a bare «77 مليار» meets the figures of every currency; a toll told with a
 * condition («أصيب 4 أشخاص بجروح خطيرة») meets a part in that condition. What joins a bucket
 * comes after its own mentions: its first is always its own.
 */
function withJoins(buckets: Map<string, Mention[]>, all: readonly Mention[]): Mention[][] {
  const zeros = all.filter((m) => isZero(m.c));
  const acquittals = all.filter((m) => isAcquittal(m.c));
  const bare = all.filter((m) => isBareAmount(m.c));
  return [...buckets.values()].map((b) => {
    const { slot, group } = b[0]!.c;
    // «لم تسجل خسائر بشرية بين صفوف العاملين» denies the workers' dead, not everyone's
    const own = CASUALTY_SLOTS.has(slot) ? b[0]!.key : "";
    const part = b[0]!.part;
    // «دون إصابات خطيرة» denies the seriously injured only; «دون إصابات» meets the figures of all the injured (a part's would tell it twice);
    // a part's figures meet the tolls told with their condition («أصيب 4 أشخاص بجروح خطيرة») too
    const joining = CASUALTY_SLOTS.has(slot)
      ? [
          ...zeros.filter((z) => (!z.c.group || z.key === own) && z.part === part),
          ...(part ? all.filter((m) => !m.part && m.c.condition === part && m.c.slot === slot && m.key === own) : []),
        ]
      : slot === "sentence" ? acquittals : slot === "quantity" && CURRENCIES.has(group ?? "") ? bare : [];
    return joining.length ? [...new Set([...b, ...joining])] : b;
  });
}

/**
 * Reports published far apart tell of different days (a market's daily figures, a weekly
 * tally) more often than they contradict each other.
 */
const SAME_STORY_HOURS = 36;
const daysApart = (a: ReportDetails, b: ReportDetails) => hoursBetween(a, b) > SAME_STORY_HOURS;

function disjoint(a: StoredCount, b: StoredCount): boolean {
  if (a.slot === "quantity" && (roundsTo(a, b) || roundsTo(b, a) || scaleSlip(a, b))) return false;
  return ceiling(a) < floor(b) || ceiling(b) < floor(a);
}

/**
 * «أكثر من 22 مليون» and «أكثر من 500 مليون»: a writer who gives a lower bound gives the
 * figure he knows, so a figure more than twice as high is another figure, not a refinement.
 * Vague amounts with no upper end («عدد من», «العديد من») stay open: they name no figure.
 */
const LOWER_BOUND_REACH = 2;
const VAGUE_OPEN = new Set(VAGUE.filter(([, , max]) => max === null).map(([, min]) => min));
const ceiling = (c: StoredCount) => c.max ?? (c.min > 0 && !VAGUE_OPEN.has(c.min) ? c.min * LOWER_BOUND_REACH : Infinity);

/**
 * «أكثر من 800 ألف» and «800 ألف» are not told apart in news copy: writers round the
 * figure they exceed. An open interval reaches down to the number its words give.
 */
const floor = (c: StoredCount) => (c.max === null && Number.isInteger(c.min) && c.min > 0 ? c.min - 1 : c.min);

/**
 * «15.3 مليون» and «15.330.033» agree: a figure of two or more significant digits rounds (or
 * cuts) the precise one. A year or a rank is never rounded: «عام 2020» is not «عام 2018».
 */
function roundsTo(rounded: StoredCount, precise: StoredCount): boolean {
  if (rounded.min !== rounded.max || precise.min !== precise.max || rounded.min === 0 || EXACT_UNITS.has(rounded.group ?? "")) return false;
  const [whole, fraction = ""] = String(rounded.min).split(".");
  const zeros = fraction ? 0 : whole!.length - whole!.replace(/0+$/, "").length;
  const significant = (whole!.replace(/^0+/, "") + fraction).replace(/0+$/, "").length;
  const step = fraction ? 10 ** -fraction.length : 10 ** zeros;
  // rounded or cut short: «9.8 مليون» for 9,897,953
  return significant >= 2 && Math.abs(precise.min - rounded.min) < step;
}

/**
 * A later, higher toll of a cumulative slot is an update, not a contradiction (#38); a later
 * decrease is flagged. Those still in care are the one part that only falls, as they are
 * sent home: there a later, lower figure is the update and a higher one is flagged.
 */
const CUMULATIVE = new Set(["killed", "injured", "casualties", "arrested", "missing", "displaced", "infected", "disease_deaths"]);
function isUpdate(a: Mention, b: Mention): boolean {
  if (!CUMULATIVE.has(a.c.slot) || !a.r.published || !b.r.published) return false;
  const late = later(a, b);
  const early = late === a ? b : a;
  return careOf(late.c) === "in_care" ? late.c.min <= early.c.min : late.c.min >= early.c.min;
}

const later = (a: Mention, b: Mention) => (Date.parse(a.r.published!) <= Date.parse(b.r.published!) ? b : a);

function narrowest(counts: StoredCount[]): StoredCount {
  const width = (c: StoredCount) => (c.max ?? Infinity) - c.min;
  return counts.reduce((a, b) => (width(b) < width(a) ? b : a));
}

function intervalLabel(c: StoredCount): string {
  // a sentence of death or life has no figure: its unit is its value
  if (c.slot === "sentence" && c.min > 0 && (c.group === "death" || c.group === "life")) return c.group;
  if (c.max === null) return `≥${c.min}`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}
