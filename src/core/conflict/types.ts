import type { Condition } from "../extract/types.ts";

/**
 * Conflicting details across reports of one event. Each value lists the reports that
 * give it with their exact words (`text`) and a short quote around them.
 */
/** "claim": headlines that say opposite things happened (claims.ts): the slot is the question, the values its poles */
export type ConflictKind = "count" | "person" | "place" | "role" | "claim";

export interface ConflictValue {
  /** the value in a comparable form: "2", "≥5", "لويد أوستن" */
  value: string;
  /** the words the report used, as written */
  text: string;
  /** the sentence around them, cut short */
  quote: string;
  report: string;
  source: string;
  published?: string;
  /** who the report attributes the value to («رويترز», «مسؤولون أميركيون»), when it says */
  attribution?: string;
  /** offsets of `text` in the report's own text, when the report is the one being read */
  start?: number;
  end?: number;
}

export interface Conflict {
  kind: ConflictKind;
  /** what the values are about: "injured", "defense_minister:US" … */
  slot: string;
  /** for a quantity (a figure with a unit): the unit's id ("دولار", "%", "year"; "" for a bare amount) */
  unit?: string;
  /** for the injured: the condition the figures count («إصاباتهم بالغة» → "serious"), when they count a part in one */
  condition?: Condition;
  /** "fact" for a factual disagreement; "wording" for a difference of wording only */
  severity: "fact" | "wording";
  /** the values come from different named claimants: "A says x, B says y" */
  disputed?: boolean;
  values: ConflictValue[];
}

/** A detail several reports give compatibly. */
export interface Agreement {
  kind: ConflictKind;
  slot: string;
  value: string;
  /** for a quantity: the unit's id, as in Conflict */
  unit?: string;
  /** for the injured: the condition, as in Conflict */
  condition?: Condition;
  /** ids of the reports that give it */
  reports: string[];
  /** independent voices among them: outlets, with reprints of one wire copy as one (at least 2) */
  voices: number;
  /** where the report being read gives it: offsets into its text (only for that report, when it is among them) */
  spans?: { start: number; end: number }[];
}

/**
 * A cumulative toll that rose from one report to a later one (ARABIC.md #38): not a
 * conflict but a timeline. `values` are in the order the reports were published.
 */
export interface TollUpdate {
  kind: "count";
  slot: string;
  /** for the injured: the condition, as in Conflict */
  condition?: Condition;
  values: ConflictValue[];
}

/** Report id given to the article being read when the database does not hold it. */
export const PAGE_REPORT_ID = "page";
