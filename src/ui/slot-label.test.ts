import { describe, expect, it, vi } from "vitest";
import ar from "../_locales/ar/messages.json";
import en from "../_locales/en/messages.json";
import people from "../data/lexicon/people.json";
import { TITLES } from "../core/extract/model/titles.ts";
import { UNITS } from "../core/extract/model/units.ts";
import { AXES } from "../core/extract/model/claims.ts";
import { CONDITIONS, COUNT_SLOTS } from "../core/extract/types.ts";
import { QUANTITY_LABELS } from "./quantity-labels.ts";
import { slotLabel } from "./slot-label.ts";

type Messages = Record<string, { message: string }>;
vi.mock("webextension-polyfill", () => ({
  default: { i18n: { getUILanguage: () => "ar", getMessage: (key: string) => (ar as Messages)[key]?.message ?? "" } },
}));

/** Every role the language core can assign: from the titles table and the people gazetteer. */
function rolesInData(): Set<string> {
  const roles = new Set(TITLES.map(([, row]) => row.role));
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === "object")
      for (const [k, v] of Object.entries(o)) {
        if (k === "roles" && Array.isArray(v)) for (const r of v) roles.add(String(r).split(":")[0]!);
        else walk(v);
      }
  };
  walk(people);
  return roles;
}

describe("slotLabel", () => {
  it("names every role the core can find, in both languages", () => {
    const missing = [...rolesInData()].flatMap((r) => [ar, en].filter((m) => !(m as Messages)[`role_${r}`]).map((m) => `${m === ar ? "ar" : "en"} role_${r}`));
    expect(missing).toEqual([]);
  });

  it.each([
    ["person", "defense_minister:US", `وزير الدفاع · ${new Intl.DisplayNames(["ar"], { type: "region" }).of("US")}`],
    ["role", "defense_minister:IL", `وزير الدفاع · ${new Intl.DisplayNames(["ar"], { type: "region" }).of("IL")}`],
    ["person", "president", "الرئيس"],
    ["count", "injured", (ar as Messages).slot_injured!.message],
    ["count", "sentence", (ar as Messages).slot_sentence!.message],
    // false positives: what the tables do not know falls back to the kind's plain name
    ["person", "unknown_role:US", (ar as Messages).slot_person!.message],
    ["count", "no_such_slot", (ar as Messages).slot_count!.message],
  ] as const)("%s %s → %s", (kind, slot, label) => {
    expect(slotLabel({ kind, slot })).toBe(label);
  });

  it("names every count slot a conflict can be about, in both languages", () => {
    // a quantity is named by its unit; «other» and sources are plain numbers
    const named = COUNT_SLOTS.filter((slot) => slot !== "quantity" && slot !== "other" && slot !== "sources");
    const unnamed = named.filter((slot) => slotLabel({ kind: "count", slot }) === (ar as Messages).slot_count!.message || !(en as Messages)[`slot_${slot}`]);
    expect(unnamed).toEqual([]);
  });

  it("names the condition of the injured a figure counts after its slot, every condition in both languages", () => {
    const missing = CONDITIONS.flatMap((c) => [ar, en].filter((m) => !(m as Messages)[`condition_${c}`]).map((m) => `${m === ar ? "ar" : "en"} ${c}`));
    expect(missing).toEqual([]);
    const messages = ar as Messages;
    expect(slotLabel({ kind: "count", slot: "injured", condition: "serious" })).toBe(`${messages.slot_injured!.message} · ${messages.condition_serious!.message}`);
    // false positive: no condition, no suffix
    expect(slotLabel({ kind: "count", slot: "injured" })).toBe(messages.slot_injured!.message);
  });

  it("names every question a headline's claim answers and each of its answers, in both languages", () => {
    const keys = [...AXES.map((a) => a.id), "happened"].map((id) => `slot_claim_${id}`);
    const poles = [...AXES.flatMap((a) => a.poles), "happened", "denied"].map((p) => `claim_${p}`);
    const missing = [...keys, ...poles].flatMap((k) => [ar, en].filter((m) => !(m as Messages)[k]).map((m) => `${m === ar ? "ar" : "en"} ${k}`));
    expect(missing).toEqual([]);
    expect(slotLabel({ kind: "claim", slot: "direction" })).toBe((ar as Messages).slot_claim_direction!.message);
  });

  it("names what every unit the core knows measures, in both languages, and a bare amount", () => {
    const units = new Set([...UNITS.values(), ""]);
    const missing = [...units].flatMap((u) => {
      const key = QUANTITY_LABELS[u];
      return [ar, en].filter((m) => !key || !(m as Messages)[key]).map((m) => `${m === ar ? "ar" : "en"} «${u}»`);
    });
    expect(missing).toEqual([]);
  });

  it.each([
    ["دولار", "مبلغ بالدولار"],
    ["%", "نسبة مئوية"],
    ["", "مبلغ"],
    // false positives: a unit the table does not know (a counted noun's «n:» unit) is a plain number
    ["n:معلوم", (ar as Messages).slot_count!.message],
  ])("a quantity in «%s» → %s", (unit, label) => {
    expect(slotLabel({ kind: "count", slot: "quantity", unit })).toBe(label);
  });
});
