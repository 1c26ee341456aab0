import type { Agreement, Conflict, TollUpdate } from "../core/conflict/types.ts";
import type { MatchResult } from "../core/match/match.ts";
import type { databaseFacts } from "../core/db/facts.ts";

/** What the background keeps per tab and the popup shows. Plain data only. */
export interface AnalysisSummary {
  url: string;
  title?: string;
  /** the page's outlet id when its address tells, else "unknown" */
  source: string;
  event: MatchResult["event"];
  related: MatchResult["related"];
  /** the database's id for this very page's report, if it holds it */
  self: string | null;
  conflicts: Conflict[];
  agreements: Agreement[];
  /** tolls that rose from report to report, oldest first */
  updates: TollUpdate[];
  /** the page's text was longer than the cap and only its start was analysed */
  truncated: boolean;
  /** time the background spent, for the figures */
  analysisMs: number;
  /** set when the reader's corrections changed what is shown (see corrections.ts) */
  corrected?: { wrongEvent: boolean; hiddenConflicts: number };
}

export type TabState =
  | { status: "analysing"; url: string }
  | { status: "not-arabic" | "not-readerable"; url: string }
  | { status: "no-match"; url: string; summary: AnalysisSummary }
  | { status: "ready"; url: string; summary: AnalysisSummary }
  | { status: "error"; url: string; message: string };

export type DbFacts = ReturnType<typeof databaseFacts>;

export interface DbInfo extends DbFacts {
  /** the database shipped with the extension, or one the reader imported */
  origin: "bundled" | "imported";
}

/** Reply type of each request type (Bitwarden-style CommandDefinition map). */
export interface ReplyOf {
  "cs-bg/analyze-article": AnalysisSummary;
  "cs-bg/not-article": null;
  "cs-bg/test-open-popup": null;
  "popup-bg/get-tab-state": TabState | null;
  "popup-bg/analyze-tab": null;
  "popup-bg/correct": TabState | null;
  "popup-bg/undo-corrections": TabState | null;
  "options-bg/get-db-info": DbInfo;
  "options-bg/import-db": DbInfo;
  "options-bg/reset-db": DbInfo;
  "options-bg/count-corrections": number;
  "options-bg/clear-corrections": number;
}
