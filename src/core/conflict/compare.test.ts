import { describe, expect, it } from "vitest";
import { compareReports, findings } from "./compare.ts";
import type { ReportDetails, StoredCount, StoredPerson, StoredPlace } from "./report-details.ts";

const minister = (given: string, family: string, familyKey: string, country = "US"): StoredPerson => ({
  name: `${given} ${family}`,
  given,
  family,
  familyKey,
  role: { id: "defense_minister", country, title: "وزير الدفاع" },
  text: `${given} ${family}`,
  quote: `وزير الدفاع ${given} ${family}`,
});
const count = (slot: StoredCount["slot"], min: number, max: number | null, group?: string): StoredCount => ({
  slot,
  min,
  max,
  ...(group ? { group } : {}),
  text: String(min),
  quote: String(min),
});
const report = (id: string, people: StoredPerson[], counts: StoredCount[] = [], published?: string, places: StoredPlace[] = []): ReportDetails => ({
  id,
  source: `outlet-${id}`,
  ...(published ? { published } : {}),
  people,
  counts,
  places,
});
const site = (id: string, name: string): StoredPlace => ({ id, name, text: name, quote: name });
const titled = (title: string): StoredPerson => ({ ...minister("يوآف", "غالانت", "كلنت", "IL"), role: { id: "defense_minister", country: "IL", title } });
const attributed = (c: StoredCount, source: string): StoredCount => ({ ...c, source });

// [label, reports, expected conflicts as "kind:slot"]
const CASES: [string, ReportDetails[], string[]][] = [
  ["given names disagree for one role (جيمس vs لويد)", [report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("جيمس", "أوستن", "استن")])], ["person:defense_minister:US"]],
  ["5 vs 6 injured", [report("a", [], [count("injured", 5, 5)]), report("b", [], [count("injured", 6, 6)])], ["count:injured"]],
  ["2 vs 3 rockets fired", [report("a", [], [count("projectiles_fired", 2, 2)]), report("b", [], [count("projectiles_fired", 3, 3)])], ["count:projectiles_fired"]],
  ["one minister, two titles: wording only", [report("a", [titled("وزير الحرب")]), report("b", [titled("وزير الأمن")])], ["role:defense_minister:IL"]],
  ["عين الأسد vs حرير, the same attack", [report("a", [], [], undefined, [site("ain_al_asad", "عين الأسد")]), report("b", [], [], undefined, [site("harir", "حرير")])], ["place:site"]],
  // false positives
  ["spelling variant of the family name (أوستن/أوستين)", [report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("لويد", "أوستين", "استن")])], []],
  ["short and long given name (بات/باتريك)", [report("a", [minister("بات", "رايدر", "ردر")]), report("b", [minister("باتريك", "رايدر", "ردر")])], []],
  ["same title, other country", [report("a", [minister("لويد", "أوستن", "استن", "US")]), report("b", [minister("جيمس", "أوستن", "استن", "IL")])], []],
  ["a slip inside one report only", [report("a", [minister("لويد", "أوستن", "استن"), minister("لويس", "أوستن", "استن")])], []],
  ["at least five vs five", [report("a", [], [count("injured", 5, null)]), report("b", [], [count("injured", 5, 5)])], []],
  ["rockets planned vs fired are two slots", [report("a", [], [count("projectiles_fired", 2, 2)]), report("b", [], [count("projectiles_planned", 5, 5), count("projectiles_fired", 2, 2)])], []],
  ["soldiers vs contractor are two groups", [report("a", [], [count("killed", 1, 1, "متعاقد")]), report("b", [], [count("killed", 3, 3, "جنود")])], []],
  ["a later, higher toll is an update", [report("a", [], [count("killed", 10, 10)], "2015-08-06T10:00:00+03:00"), report("b", [], [count("killed", 15, 15)], "2015-08-06T18:00:00+03:00")], []],
  ["the same site in both", [report("a", [], [], undefined, [site("ain_al_asad", "عين الأسد")]), report("b", [], [], undefined, [site("ain_al_asad", "قاعدة عين الأسد")])], []],
  ["one report's sub-count beside its total", [report("a", [], [count("injured", 5, null)]), report("b", [], [count("injured", 5, null), count("injured", 1, 1)])], []],
];

describe("compareReports", () => {
  it.each(CASES)("%s", (_label, reports, expected) => {
    expect(compareReports(reports).map((c) => `${c.kind}:${c.slot}`)).toEqual(expected);
  });

  it("a later, lower toll is flagged", () => {
    const later = compareReports([
      report("a", [], [count("killed", 15, 15)], "2015-08-06T10:00:00+03:00"),
      report("b", [], [count("killed", 10, 10)], "2015-08-06T18:00:00+03:00"),
    ]);
    expect(later.map((c) => c.slot)).toEqual(["killed"]);
  });

  it("lists every value with the reports that give it", () => {
    const [c] = compareReports([report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("جيمس", "أوستن", "استن")]), report("c", [minister("لويد", "أوستن", "استن")])]);
    expect(c!.values.map((v) => [v.value, v.report])).toEqual([
      ["لويد أوستن", "a"],
      ["لويد أوستن", "c"],
      ["جيمس أوستن", "b"],
    ]);
  });
});

describe("findings", () => {
  it("marks a count conflict between named claimants as disputed", () => {
    const [c] = compareReports([
      report("a", [], [attributed(count("killed", 5, 5), "وزارة الصحة")]),
      report("b", [], [attributed(count("killed", 9, 9), "شهود عيان")]),
    ]);
    expect(c).toMatchObject({ kind: "count", disputed: true });
    expect(c!.values.map((v) => v.attribution)).toEqual(["وزارة الصحة", "شهود عيان"]);
  });
  it("lists details several reports confirm as agreements, and only those", () => {
    const { agreements } = findings([
      report("a", [minister("لويد", "أوستن", "استن")], [count("injured", 5, null), count("projectiles_fired", 2, 2)]),
      report("b", [minister("لويد", "أوستن", "استن")], [count("injured", 5, 5)]),
    ]);
    expect(agreements.map((a) => `${a.kind}:${a.slot}=${a.value}`).sort()).toEqual(["count:injured=5", "person:defense_minister:US=لويد أوستن"]);
  });
});
