import { describe, expect, it, vi } from "vitest";
import type { Conflict } from "../core/conflict/types.ts";
import type { AnalysisSummary, TabState } from "../protocol/results.ts";
import { BADGE_COLORS, badgeOf } from "./badge.ts";

vi.mock("webextension-polyfill", () => ({
  default: { i18n: { getMessage: (key: string, subs?: string[]) => `${key}(${subs?.join(",") ?? ""})`, getUILanguage: () => "en" } },
}));

const conflict = (severity: Conflict["severity"]): Conflict => ({ kind: "person", slot: "defense_minister:US", severity, values: [] });
const related = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, source: "aawsat", headline: "", score: 0.5, why: [] }));
const ready = (conflicts: Conflict[], relatedCount: number): TabState => {
  const summary: AnalysisSummary = { url: "u", source: "unknown", event: null, related: related(relatedCount), self: null, conflicts, agreements: [], updates: [], truncated: false, analysisMs: 1 };
  return { status: "ready", url: "u", summary };
};

describe("badgeOf", () => {
  const cases: [string, TabState, { text: string; color: string; title: string }][] = [
    ["one factual conflict among two related: the conflict counts", ready([conflict("fact")], 2), { text: "1", color: BADGE_COLORS.conflicts, title: "badgeConflicts__one(1)" }],
    ["two factual conflicts", ready([conflict("fact"), conflict("fact")], 5), { text: "2", color: BADGE_COLORS.conflicts, title: "badgeConflicts__other(2)" }],
    ["no conflict: the related reports count", ready([], 3), { text: "3", color: BADGE_COLORS.related, title: "badgeRelated__other(3)" }],
    ["an error", { status: "error", url: "u", message: "boom" }, { text: "!", color: BADGE_COLORS.error, title: "stateError(boom)" }],
    // false positives: nothing to count means no badge at all
    ["wording-only differences are not conflicts", ready([conflict("wording")], 2), { text: "2", color: BADGE_COLORS.related, title: "badgeRelated__other(2)" }],
    ["wording only and nothing related", ready([conflict("wording")], 0), { text: "", color: BADGE_COLORS.related, title: "actionTitle()" }],
    ["still analysing", { status: "analysing", url: "u" }, { text: "", color: BADGE_COLORS.related, title: "actionTitle()" }],
    ["not an Arabic page", { status: "not-arabic", url: "u" }, { text: "", color: BADGE_COLORS.related, title: "actionTitle()" }],
  ];
  it.each(cases)("%s", (_, state, expected) => {
    expect(badgeOf(state)).toEqual(expected);
  });
});
