import type { Conflict } from "../core/conflict/types.ts";
import { MAX_CORRECTION_KEY } from "./limits.ts";
import type { AnalysisSummary, TabState } from "./results.ts";

/**
 * The reader's corrections, kept in storage.local on this device until the reader
 * forgets them: "this is not a conflict" (hidden for that event on every page) and
 * "this page is not about that event" (no event for that page). They name the event;
 * the page's address and the values in conflict are kept only as hashes. An event's id
 * follows its reports, so a database that changes an event drops its corrections.
 * Content scripts can write storage.local too, so every read is parsed: entries that
 * are not keys are dropped, the others kept.
 */
export const CORRECTIONS_KEY = "corrections";
/** Enough for years of reading; beyond it the oldest give way. */
export const MAX_CORRECTIONS = 1_000;

export interface Corrections {
  /** `conflictKey()` of conflicts judged not to be one */
  notConflicts: string[];
  /** `pageKey()` of pages matched to the wrong event */
  wrongEvents: string[];
}

export const NO_CORRECTIONS: Corrections = { notConflicts: [], wrongEvents: [] };

export function parseCorrections(stored: unknown): Corrections {
  const lists = typeof stored === "object" && stored !== null ? (stored as Record<string, unknown>) : {};
  return { notConflicts: keysIn(lists.notConflicts), wrongEvents: keysIn(lists.wrongEvents) };
}

export function countCorrections(c: Corrections): number {
  return c.notConflicts.length + c.wrongEvents.length;
}

/** A conflict within its event, by what it is about and (hashed) the values it sets against each other. */
export function conflictKey(eventId: string, c: Pick<Conflict, "kind" | "slot" | "unit" | "condition" | "values">): string {
  const values = [...new Set(c.values.map((v) => v.value))].sort();
  // the condition only when there is one: the keys of corrections made before it was kept stay the same
  return `${eventId}#${c.kind}:${c.slot.slice(0, 80)}:${c.unit ?? ""}${c.condition ? `:${c.condition}` : ""}=${fnv1a(values.join("|"))}`;
}

/** Query parameters that follow a reader from a link, not the article. */
const TRACKING = /^(utm_|fbclid$|gclid$|mc_|ref$|ocid$)/u;

/** A page within an event: a hash of its address without fragment and tracking parameters. */
export function pageKey(eventId: string, url: string): string {
  let address = url.split("#")[0]!;
  try {
    const u = new URL(address);
    for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
    address = u.href;
  } catch {
    // not a URL: hash it as it is
  }
  return `${eventId}@${fnv1a(address)}`;
}

export type Correction = { kind: "not-a-conflict"; conflict: string } | { kind: "wrong-event" };
/** What «show again» takes back: the page's wrong event, or the conflicts hidden on it. */
export type Undo = "wrong-event" | "hidden-conflicts";

/** The corrections with one more, the oldest dropped beyond the cap. */
export function withCorrection(c: Corrections, summary: AnalysisSummary, correction: Correction): Corrections {
  if (!summary.event) return c;
  if (correction.kind === "wrong-event") return { ...c, wrongEvents: appendCapped(c.wrongEvents, pageKey(summary.event.id, summary.url)) };
  return { ...c, notConflicts: appendCapped(c.notConflicts, correction.conflict) };
}

/** The corrections without the one kind that changes what this page shows. */
export function withoutCorrections(c: Corrections, summary: AnalysisSummary, undo: Undo): Corrections {
  const event = summary.event;
  if (!event) return c;
  if (undo === "wrong-event") {
    const page = pageKey(event.id, summary.url);
    return { ...c, wrongEvents: c.wrongEvents.filter((k) => k !== page) };
  }
  const mine = new Set(summary.conflicts.map((x) => conflictKey(event.id, x)));
  return { ...c, notConflicts: c.notConflicts.filter((k) => !mine.has(k)) };
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

function keysIn(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((k): k is string => typeof k === "string" && k.length >= 3 && k.length <= MAX_CORRECTION_KEY).slice(-MAX_CORRECTIONS);
}

function appendCapped(list: readonly string[], key: string): string[] {
  return [...list.filter((k) => k !== key), key].slice(-MAX_CORRECTIONS);
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable fingerprint (not a secret). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}
