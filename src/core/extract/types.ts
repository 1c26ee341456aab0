import type { DayPart } from "./model/dates.ts";

/**
 * What the language core finds in one report. Every detail keeps `text`, `start`, `end`:
 * the exact source characters it came from (UTF-16 offsets into the text given to
 * `extractDetails`), so conflicts can quote them and the page can highlight them.
 */
export interface SourceSpan {
  /** the original characters, `source.slice(start, end)` */
  text: string;
  start: number;
  end: number;
}

export const COUNT_SLOTS = [
  "killed", "injured", "missing", "arrested", "displaced", "projectiles_fired", "projectiles_planned",
  "strikes", "attacks", "sources", "quantity", "other", "sentence",
  // killed and injured told as one toll: «مقتل وإصابة 20», «15 قتيلا وجريحا»
  "casualties",
  // a disease's cases and deaths («حالتي إصابة جديدة بفيروس كورونا», «وفاة 4 بالمرض»): no casualties (disease.ts)
  "infected", "disease_deaths",
] as const;
export type CountSlot = (typeof COUNT_SLOTS)[number];
/** A disease's cases and deaths, told as a day's tally (conflict/occasion.ts). */
export const DISEASE_SLOTS: ReadonlySet<CountSlot> = new Set(["infected", "disease_deaths"]);

/** Who a detail is attributed to: «قالت رويترز», «بحسب مسؤولين أميركيين», «مصدران أمنيان عراقيان». */
export interface Attribution extends SourceSpan {
  /** canonical id: an agency or institution id from the gazetteer, or e.g. "anonymous:security" */
  id: string;
  kind: "agency" | "institution" | "official" | "anonymous" | "person" | "outlet";
  /** display name in Arabic */
  name: string;
  /** the outlet or agency that relays it: «نقلت رويترز عن مسؤولين» → the officials, via Reuters (#39) */
  via?: { id: string; name: string };
}

/** The condition of the injured a count counts, by the grades of a hospital's triage. */
export const CONDITIONS = ["serious", "moderate", "minor"] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface CountDetail extends SourceSpan {
  slot: CountSlot;
  /** interval [min, max]; max null when open-ended («ما لا يقل عن خمسة» → [5, null]) */
  min: number;
  max: number | null;
  /** victim or object group when the text gives it: «جنود أميركيين», «متعاقد», «مدنيين» */
  group?: string;
  /** the counted noun as written, if any */
  noun?: string;
  /** class of the counted noun: "soldier", "contractor", "projectile", "source" … (model/counted-nouns.ts) */
  groupClass?: string;
  /** ISO 3166 alpha-2 of the group's nisba («جنود أميركيين» → "US") */
  nationality?: string;
  /** the condition of the injured counted: «بجروح خطيرة» → "serious", «حالات متوسطة» → "moderate", «إصابات طفيفة» → "minor"; a sub-slot, compared only with its like */
  condition?: Condition;
  attribution?: Attribution;
  /**
   * for a "quantity" (a figure with its unit: money, %, years, barrels…), the unit's id: "دولار", "%", "year"; "" for a bare «77 مليار»;
   * for a "sentence", the term's unit ("year", "month" …), "death" or "life"; "" for an acquittal
   */
  unit?: string;
  /** background (an earlier incident, a running total, a forecast: model/background-cues.ts), not the event itself */
  background?: true;
}

/** A role such as «وزير الدفاع الأميركي»: `id` is canonical across wordings and spellings. */
export interface Role extends SourceSpan {
  /** canonical role id, e.g. "defense_minister" (وزير الدفاع = وزير الأمن = وزير الحرب for Israel) */
  id: string;
  /** ISO 3166 alpha-2 of the nisba / organization when known («الأميركي» → "US") */
  country?: string;
  /** the title words as written, e.g. «وزير الحرب» (differences of wording, not fact) */
  title: string;
}

export interface PersonDetail extends SourceSpan {
  /** the name as written, e.g. «لويد أوستن» */
  name: string;
  /** given name(s) when written, e.g. «لويد» */
  given?: string;
  /** family name, e.g. «أوستن» */
  family: string;
  /** consonant skeleton of the family name: equal for أوستن/أوستين */
  familyKey: string;
  /** gazetteer id when known, e.g. "lloyd_austin" */
  id?: string;
  role?: Role;
  /** military rank written before the name («اللواء», «الجنرال»): how the person is named, not a role */
  rank?: string;
}

export interface PlaceDetail extends SourceSpan {
  /** gazetteer id, e.g. "ain_al_asad" */
  id: string;
  /** canonical Arabic name */
  name: string;
  kind: "country" | "region" | "governorate" | "city" | "base" | "site" | "other";
  /** ids of the places that contain it, nearest first: ["anbar", "iraq"] */
  within: string[];
}

export interface DateDetail extends SourceSpan {
  kind: "weekday" | "date" | "relative" | "month";
  /** resolved calendar day (YYYY-MM-DD) when the text and the publication time allow it */
  day?: string;
  /** 0 = Sunday … 6 = Saturday, when a weekday is named or resolved */
  weekday?: number;
  /** calendar system the text used */
  calendar?: "gregorian" | "hijri";
  /** the weekday written next to this date is not the date's weekday (#25, an error inside one report) */
  weekdayMismatch?: boolean;
  /** the part of the day it is told with («صباح اليوم», «مساء الجمعة») */
  part?: DayPart;
}

export interface Details {
  counts: CountDetail[];
  people: PersonDetail[];
  places: PlaceDetail[];
  dates: DateDetail[];
  attributions: Attribution[];
}

export interface ExtractOptions {
  /** publication time (ISO 8601), to resolve «أمس», «الاثنين» … */
  published?: string;
  /** local time of the report's region, minutes east of UTC (default 180: Iraq, Syria, Saudi Arabia) */
  utcOffsetMinutes?: number;
}

/**
 * What a headline says happened (claims.ts): a pole of a question («النفط يرتفع»: direction,
 * rose) about a subject, or an action denied («تفشل في القبض على المتورطين»).
 */
export interface ClaimDetail extends SourceSpan {
  /** "direction", "custody" (model/claims.ts), or "happened" for a denial */
  axis: string;
  /** "rose" / "fell", "held" / "freed", "denied" */
  pole: string;
  /** keys of what the claim is about, its head noun (claims.ts looseKey): «أسعار النفط» → «نفط»; for a denial, the words of the denied action's phrase */
  subject: string[];
  /** keys of the word that qualifies the head («الدولار الأسترالي»): two subjects qualified differently are two */
  qualifier?: string[];
  /** for a denial: keys of the action denied */
  action?: string[];
  /** for a denial: keys of who denies or failed, when named right before («إيران تفشل في القبض»); `subject` is then the action's own words */
  actor?: string[];
  /** a refusal («قطر ترفض دعم…»): it denies the action only where its actor is asserted doing it */
  refused?: true;
}

/** A word a headline asserts (not under a negation or a denial), with its keys and its place in the headline. */
export interface AssertedWord extends SourceSpan {
  keys: string[];
  /** word position in the headline: nearness to the action's context */
  at: number;
  /**
   * where the one doing it may be named: the noun phrase right before it in its clause, past
   * a verb of announcing («إيران تعلن القبض»); an actor further away is only the event's setting
   */
  actorAt: number[];
}

export interface HeadlineClaims {
  claims: ClaimDetail[];
  asserted: AssertedWord[];
  /** the headline denies or negates something: it tells a denial, so it asserts no action against another's */
  negates: boolean;
}
