// zod/mini: the content script imports CORRECTIONS_KEY from here (STACK.md §7)
import * as z from "zod/mini";
import type { Conflict } from "../core/conflict/types.ts";
import type { AnalysisSummary, TabState } from "./results.ts";

/**
 * The reader's corrections, kept in storage.local on this device only: "this is not a
 * conflict" (hidden for that event on every page) and "this page is not about that
 * event" (no event for that page). A page is remembered by a hash of its address with
 * the event's id, never by the address itself. Content scripts can write storage.local
 * too, so every read is parsed; anything odd means no corrections.
 */
export const CORRECTIONS_KEY = "corrections";
/** Enough for years of reading; beyond it the oldest give way. */
export const MAX_CORRECTIONS = 1_000;

const entry = z.string().check(z.minLength(3), z.maxLength(1_200));
export const CorrectionsSchema = z.object({
  /** `conflictKey()` of conflicts judged not to be one */
  notConflicts: z.array(entry).check(z.maxLength(MAX_CORRECTIONS)),
  /** `pageKey()` of pages matched to the wrong event */
  wrongEvents: z.array(entry).check(z.maxLength(MAX_CORRECTIONS)),
});
export type Corrections = z.output<typeof CorrectionsSchema>;

export const NO_CORRECTIONS: Corrections = { notConflicts: [], wrongEvents: [] };

export function parseCorrections(stored: unknown): Corrections {
  const parsed = CorrectionsSchema.safeParse(stored);
  return parsed.success ? parsed.data : NO_CORRECTIONS;
}

export function countCorrections(c: Corrections): number {
  return c.notConflicts.length + c.wrongEvents.length;
}

/** A conflict within its event, by what it is about and the values it sets against each other. */
export function conflictKey(eventId: string, c: Pick<Conflict, "kind" | "slot" | "unit" | "values">): string {
  const values = [...new Set(c.values.map((v) => v.value))].sort();
  return `${eventId}#${c.kind}:${c.slot}:${c.unit ?? ""}=${values.join("|")}`;
}

/** A page within an event: FNV-1a of its address without the fragment, so the address is not kept. */
export function pageKey(eventId: string, url: string): string {
  const address = url.split("#")[0]!;
  let h = 0x811c9dc5;
  for (let i = 0; i < address.length; i++) h = Math.imul(h ^ address.charCodeAt(i), 0x01000193);
  return `${eventId}@${(h >>> 0).toString(16).padStart(8, "0")}`;
}

export type Correction = { kind: "not-a-conflict"; conflict: string } | { kind: "wrong-event" };

/** The corrections with one more, the oldest dropped beyond the cap. */
export function withCorrection(c: Corrections, summary: AnalysisSummary, correction: Correction): Corrections {
  if (!summary.event) return c;
  if (correction.kind === "wrong-event") return { ...c, wrongEvents: appendCapped(c.wrongEvents, pageKey(summary.event.id, summary.url)) };
  return { ...c, notConflicts: appendCapped(c.notConflicts, correction.conflict) };
}

/** The corrections without those that change what this page shows. */
export function withoutCorrectionsFor(c: Corrections, summary: AnalysisSummary): Corrections {
  const event = summary.event;
  if (!event) return c;
  const mine = new Set([pageKey(event.id, summary.url), ...summary.conflicts.map((x) => conflictKey(event.id, x))]);
  return { notConflicts: c.notConflicts.filter((k) => !mine.has(k)), wrongEvents: c.wrongEvents.filter((k) => !mine.has(k)) };
}

/** What the reader sees: the analysis with their corrections applied, and what was hidden. */
export function visibleSummary(summary: AnalysisSummary, c: Corrections): AnalysisSummary {
  const event = summary.event;
  if (!event) return summary;
  if (c.wrongEvents.includes(pageKey(event.id, summary.url))) {
    return { ...summary, event: null, related: [], conflicts: [], agreements: [], updates: [], corrected: { wrongEvent: true, hiddenConflicts: 0 } };
  }
  const hidden = new Set(c.notConflicts);
  const conflicts = summary.conflicts.filter((x) => !hidden.has(conflictKey(event.id, x)));
  if (conflicts.length === summary.conflicts.length) return summary;
  return { ...summary, conflicts, corrected: { wrongEvent: false, hiddenConflicts: summary.conflicts.length - conflicts.length } };
}

export function visibleTabState(state: TabState, c: Corrections): TabState {
  if (state.status !== "ready") return state;
  const summary = visibleSummary(state.summary, c);
  return { status: summary.event ? "ready" : "no-match", url: state.url, summary };
}

function appendCapped(list: readonly string[], key: string): string[] {
  return [...list.filter((k) => k !== key), key].slice(-MAX_CORRECTIONS);
}
