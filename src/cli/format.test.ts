import { describe, expect, it } from "vitest";
import type { Conflict, ConflictValue, TollUpdate } from "../core/conflict/types.ts";
import { formatFindings } from "./format.ts";

const value = (v: string, report: string): ConflictValue => ({ value: v, text: v, quote: `أصيب ${v}`, report, source: `outlet-${report}` });
const conflict = (over: Partial<Conflict>): Conflict => ({ kind: "count", slot: "injured", severity: "fact", values: [value("3", "a"), value("5", "b")], ...over });

describe("formatFindings", () => {
  it.each([
    ["a plain count", conflict({}), "Conflict (count, injured):"],
    ["a part of the injured in one condition", conflict({ condition: "serious" }), "Conflict (count, injured, serious):"],
    ["a quantity's unit", conflict({ slot: "quantity", unit: "دولار" }), "Conflict (count, quantity دولار):"],
    ["a difference of wording", conflict({ kind: "role", slot: "defense_minister:IL", severity: "wording" }), "Conflict (role, defense_minister:IL, wording only):"],
    // false positive: a bare amount's empty unit adds nothing
    ["a bare amount", conflict({ slot: "quantity", unit: "" }), "Conflict (count, quantity):"],
  ])("%s", (_label, c, heading) => {
    const lines = formatFindings({ conflicts: [c], updates: [] });
    expect(lines[0]).toBe(heading);
    expect(lines.slice(1)).toEqual(c.values.map((v) => `  ${v.value}  — ${v.report} (${v.source}): «${v.quote}»`));
  });

  it("names an update's condition and says when there are no conflicts", () => {
    const update: TollUpdate = { kind: "count", slot: "injured", condition: "moderate", values: [value("3", "a"), value("5", "b")] };
    expect(formatFindings({ conflicts: [], updates: [update] }).slice(0, 2)).toEqual(["No conflicting details.", "Update (count, injured, moderate), oldest first:"]);
  });
});
