import { describe, expect, it } from "vitest";
import type { Conflict } from "../core/conflict/types.ts";
import {
  conflictKey,
  MAX_CORRECTIONS,
  NO_CORRECTIONS,
  pageKey,
  parseCorrections,
  visibleSummary,
  visibleTabState,
  withCorrection,
  withoutCorrections,
} from "./corrections.ts";
import type { AnalysisSummary } from "./results.ts";

const value = (v: string, report: string) => ({ value: v, text: v, quote: v, report, source: report });
const secretary: Conflict = { kind: "person", slot: "defense_minister:US", severity: "fact", values: [value("لويد أوستن", "a"), value("جيمس أوستن", "b")] };
const injured: Conflict = { kind: "count", slot: "injured", severity: "fact", values: [value("5", "a"), value("7", "b")] };
const URL_A = "https://www.example.com/news/1";

function summary(over: Partial<AnalysisSummary> = {}): AnalysisSummary {
  return {
    url: URL_A,
    source: "unknown",
    event: { id: "e1", title: "ضربة", size: 3 },
    related: [{ id: "r1" } as AnalysisSummary["related"][number]],
    self: null,
    conflicts: [secretary, injured],
    agreements: [{ kind: "count", slot: "fired", value: "2", reports: ["a", "b"], voices: 2 }],
    updates: [],
    truncated: false,
    analysisMs: 1,
    ...over,
  };
}

describe("keys", () => {
  it("names a conflict by event, slot and values, whatever their order", () => {
    const swapped = { ...secretary, values: [...secretary.values].reverse() };
    expect(conflictKey("e1", swapped)).toBe(conflictKey("e1", secretary));
    expect(conflictKey("e2", secretary)).not.toBe(conflictKey("e1", secretary));
    // a new value is a new disagreement, not the one the reader dismissed
    const widened = { ...secretary, values: [...secretary.values, value("أوستن", "c")] };
    expect(conflictKey("e1", widened)).not.toBe(conflictKey("e1", secretary));
  });

  it("tells apart a part of the injured in one condition from all of them, and keeps the keys of conflicts with none", () => {
    const serious = { ...injured, condition: "serious" as const };
    expect(conflictKey("e1", serious)).not.toBe(conflictKey("e1", injured));
    expect(conflictKey("e1", { ...serious, condition: "minor" as const })).not.toBe(conflictKey("e1", serious));
    // a dismissal saved before conditions were kept still names the same conflict
    expect(conflictKey("e1", injured)).toMatch(/^e1#count:injured:=/);
  });

  it("keeps the values only as a hash", () => {
    expect(conflictKey("e1", secretary)).not.toContain("أوستن");
    expect(conflictKey("e1", { ...secretary, values: Array.from({ length: 500 }, (_, i) => value(`اسم طويل جدا ${i}`, "a")) }).length).toBeLessThan(120);
  });

  it("remembers a page by a hash, not by its address", () => {
    expect(pageKey("e1", `${URL_A}#comments`)).toBe(pageKey("e1", URL_A));
    expect(pageKey("e1", `${URL_A}?utm_source=x&fbclid=y`), "tracking parameters are not the page").toBe(pageKey("e1", URL_A));
    expect(pageKey("e1", `${URL_A}?page=2`)).not.toBe(pageKey("e1", URL_A));
    expect(pageKey("e1", `${URL_A}?page=2&utm_medium=z`)).toBe(pageKey("e1", `${URL_A}?page=2`));
    expect(pageKey("e1", URL_A)).not.toContain("example");
    expect(pageKey("e1", URL_A)).toMatch(/^e1@[0-9a-f]{8}$/);
  });
});

describe("visibleSummary", () => {
  const notSecretary = withCorrection(NO_CORRECTIONS, summary(), { kind: "not-a-conflict", conflict: conflictKey("e1", secretary) });
  const wrongEvent = withCorrection(NO_CORRECTIONS, summary(), { kind: "wrong-event" });

  // [label, summary, corrections, conflicts shown, event shown, corrected]
  const CASES: [string, AnalysisSummary, typeof NO_CORRECTIONS, string[], boolean, AnalysisSummary["corrected"]][] = [
    ["no corrections: everything shown", summary(), NO_CORRECTIONS, ["defense_minister:US", "injured"], true, undefined],
    ["a dismissed conflict is hidden, the other stays", summary(), notSecretary, ["injured"], true, { wrongEvent: false, hiddenConflicts: 1 }],
    ["… on another page of the same event too", summary({ url: "https://other.example/2" }), notSecretary, ["injured"], true, { wrongEvent: false, hiddenConflicts: 1 }],
    ["a wrong event leaves the page without one", summary(), wrongEvent, [], false, { wrongEvent: true, hiddenConflicts: 0 }],
    // not hidden
    ["a dismissal in one event does not touch another", summary({ event: { id: "e2", title: "x", size: 2 } }), notSecretary, ["defense_minister:US", "injured"], true, undefined],
    ["a new value brings the conflict back", summary({ conflicts: [{ ...secretary, values: [...secretary.values, value("أوستن", "c")] }] }), notSecretary, ["defense_minister:US"], true, undefined],
    ["a wrong event for one page leaves its other pages", summary({ url: "https://other.example/2" }), wrongEvent, ["defense_minister:US", "injured"], true, undefined],
    ["a page without event is left as it is", summary({ event: null, conflicts: [], related: [], agreements: [] }), wrongEvent, [], false, undefined],
  ];
  it.each(CASES)("%s", (_label, s, c, slots, hasEvent, corrected) => {
    const v = visibleSummary(s, c);
    expect(v.conflicts.map((x) => x.slot)).toEqual(slots);
    expect(v.event !== null).toBe(hasEvent);
    expect(v.corrected).toEqual(corrected);
    if (!hasEvent) expect([v.related.length, v.agreements.length]).toEqual([0, 0]);
  });

  it("turns a ready tab into a no-match one when the event is wrong", () => {
    expect(visibleTabState({ status: "ready", url: URL_A, summary: summary() }, wrongEvent).status).toBe("no-match");
    expect(visibleTabState({ status: "ready", url: URL_A, summary: summary() }, notSecretary).status).toBe("ready");
  });
});

describe("keeping corrections", () => {
  it("keeps each once and drops the oldest beyond the cap", () => {
    let c = NO_CORRECTIONS;
    for (let i = 0; i <= MAX_CORRECTIONS; i++) c = withCorrection(c, summary({ url: `${URL_A}?${i}` }), { kind: "wrong-event" });
    c = withCorrection(c, summary({ url: `${URL_A}?${MAX_CORRECTIONS}` }), { kind: "wrong-event" });
    expect(c.wrongEvents).toHaveLength(MAX_CORRECTIONS);
    expect(new Set(c.wrongEvents).size, "each once").toBe(MAX_CORRECTIONS);
    expect(c.wrongEvents).toContain(pageKey("e1", `${URL_A}?1`));
    expect(c.wrongEvents).not.toContain(pageKey("e1", `${URL_A}?0`));
    expect(c.wrongEvents.at(-1)).toBe(pageKey("e1", `${URL_A}?${MAX_CORRECTIONS}`));
  });

  it("takes back only the kind asked for, and only for this page", () => {
    const elsewhere = withCorrection(NO_CORRECTIONS, summary({ event: { id: "e9", title: "x", size: 2 } }), { kind: "wrong-event" });
    const dismissed = withCorrection(elsewhere, summary(), { kind: "not-a-conflict", conflict: conflictKey("e1", secretary) });
    const both = withCorrection(dismissed, summary(), { kind: "wrong-event" });
    expect(withoutCorrections(both, summary(), "wrong-event")).toEqual(dismissed);
    expect(withoutCorrections(dismissed, summary(), "hidden-conflicts")).toEqual(elsewhere);
    // another page of the event: its wrong event is its own, the event's dismissed conflicts are shared
    const other = summary({ url: "https://other.example/2" });
    expect(withoutCorrections(both, other, "wrong-event")).toEqual(both);
  });

  // stored values a content script or an old version could have left: what is not a key is dropped, the rest kept
  const GOOD = "e1@0123abcd";
  const JUNK: [string, unknown, string[]][] = [
    ["nothing", undefined, []],
    ["a string", "corrections", []],
    ["numbers among the keys", { notConflicts: [1, GOOD, null], wrongEvents: [] }, [GOOD]],
    ["a missing list", { notConflicts: [GOOD] }, [GOOD]],
    ["an oversized key", { notConflicts: ["x".repeat(401), GOOD], wrongEvents: [] }, [GOOD]],
    ["too many: the newest kept", { notConflicts: [...Array.from({ length: MAX_CORRECTIONS }, (_, i) => `e#${i}`), GOOD], wrongEvents: "x" }, [GOOD]],
  ];
  it.each(JUNK)("reads %s, keeping only keys", (_label, stored, kept) => {
    const c = parseCorrections(stored);
    expect(c.wrongEvents).toEqual([]);
    expect(c.notConflicts.filter((k) => !k.startsWith("e#"))).toEqual(kept);
    expect(c.notConflicts.length).toBeLessThanOrEqual(MAX_CORRECTIONS);
    expect(c.notConflicts).not.toContain("e#0");
  });
  it("reads a well-formed value as it is", () => {
    const c = { notConflicts: [conflictKey("e1", secretary)], wrongEvents: [pageKey("e1", URL_A)] };
    expect(parseCorrections(c)).toEqual(c);
  });
});
