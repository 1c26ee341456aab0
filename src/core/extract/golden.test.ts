import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";
import type { CountDetail, Details } from "./types.ts";

/**
 * The seeds' details as golden files (test/fixtures/golden/seed-NNN.details.json), reviewed by
 * hand; regenerate with `vitest -u` and review the diff. Every span must slice the original
 * text, and the facts a reader checks first are pinned below so a regenerated golden cannot
 * quietly lose them.
 */
const seedDir = new URL("../../../test/fixtures/seeds/", import.meta.url);
const goldenDir = "../../../test/fixtures/golden/";
const seeds = readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
const load = (n: string) => {
  const file = seeds.find((f) => f.startsWith(n))!;
  const text = readFileSync(new URL(file, seedDir), "utf8");
  return { text, d: extractDetails(text) };
};
const spans = (d: Details) => [...d.counts, ...d.people, ...d.places, ...d.dates, ...d.attributions, ...d.people.flatMap((p) => (p.role ? [p.role] : [])), ...d.counts.flatMap((c) => (c.attribution ? [c.attribution] : []))];
const count = (d: Details, slot: string, min: number, max: number | null, text: string) =>
  expect(d.counts.filter((c) => c.slot === slot && c.min === min && c.max === max && c.text === text), `${slot} ${min} «${text}»`).toHaveLength(1);
const person = (d: Details, name: string) => d.people.find((p) => p.name === name);

describe.each(seeds.map((f) => [f.slice(0, 3), f]))("seed %s", (n) => {
  const { text, d } = load(n);
  it("matches its golden file", async () => {
    await expect(JSON.stringify(d, null, 2) + "\n").toMatchFileSnapshot(`${goldenDir}seed-${n}.details.json`);
  });
  it("every span slices the original text", () => {
    for (const s of spans(d)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("seed facts", () => {
  it("000: ≥5 US soldiers injured, 2 Katyusha rockets fired, 2 sources; Austin and Ryder; Ain al-Asad in Anbar", () => {
    const { d } = load("000");
    count(d, "injured", 5, null, "ما لا يقل عن خمسة جنود أميركيين");
    count(d, "projectiles_fired", 2, 2, "صاروخين");
    count(d, "sources", 2, 2, "مصدران أمنيان عراقيان");
    expect(d.counts.filter((c) => c.slot !== "sources" && c.min === 2).map((c) => c.slot)).toEqual(["projectiles_fired"]);
    expect(person(d, "لويد أوستن")).toMatchObject({ id: "lloyd_austin", role: { id: "defense_minister", country: "US" } });
    expect(person(d, "باترك رايدر")).toMatchObject({ id: "pat_ryder", rank: "اللواء", role: { id: "defense_spokesperson", country: "US" } });
    const base = d.places.find((p) => p.id === "ain_al_asad")!;
    expect(base.within).toEqual(expect.arrayContaining(["anbar", "iraq"]));
    expect(d.counts.find((c) => c.slot === "injured")!.attribution).toMatchObject({ id: "official:US", via: { id: "reuters" } });
  });

  it("001: «جيمس أوستن» as US defense minister (no gazetteer id), Gallant as Israeli «وزير الحرب», one soldier seriously injured", () => {
    const { d } = load("001");
    const james = person(d, "جيمس أوستن")!;
    expect(james).toMatchObject({ given: "جيمس", family: "أوستن", role: { id: "defense_minister", country: "US" } });
    expect(james.id).toBeUndefined();
    expect(person(d, "يوآف غالانت")).toMatchObject({ role: { id: "defense_minister", country: "IL", title: "وزير الحرب" } });
    expect(d.counts.find((c) => c.condition === "serious")).toMatchObject({ slot: "injured", min: 1, max: 1, text: "أحد الجنود" });
    count(d, "injured", 5, null, "ما لا يقل عن خمسة جنود أميركيين");
  });

  it("002: 5 rockets planned, 2 fired, ≥5 injured with one serious; nothing from the appended Hmeimim article", () => {
    const { text, d } = load("002");
    count(d, "projectiles_planned", 5, 5, "خمس صواريخ");
    count(d, "projectiles_fired", 2, 2, "صاروخين");
    count(d, "injured", 5, null, "ما لا يقل عن خمسة جنود أمريكيين");
    expect(d.counts.find((c: CountDetail) => c.condition === "serious")).toMatchObject({ min: 1, text: "جندي" });
    const cut = text.indexOf("إقرأ أيضاً");
    for (const s of spans(d)) expect(s.end).toBeLessThanOrEqual(cut);
    expect(d.counts.some((c) => c.slot === "killed")).toBe(false);
    expect(person(d, "لويد أوستن")).toMatchObject({ role: { id: "defense_minister", country: "US" } });
    expect(d.dates[0]).toMatchObject({ text: "أغسطس 6, 2024", day: "2024-08-06" });
  });

  it("003: «لويس أوستن» keeps the role but not Lloyd's id; «أوستين» is Austin; Gallant as «وزير الأمن»", () => {
    const { d } = load("003");
    const lewis = person(d, "لويس أوستن")!;
    expect(lewis).toMatchObject({ role: { id: "defense_minister", country: "US" }, familyKey: person(d, "أوستين")!.familyKey });
    expect(lewis.id).toBeUndefined();
    expect(person(d, "أوستين")!.id).toBe("lloyd_austin");
    expect(person(d, "يوآف غالانت")).toMatchObject({ role: { id: "defense_minister", country: "IL", title: "وزير الأمن" } });
  });

  it("004: 21 injured, 1 contractor dead, 12 attacks in Iraq and 4 in Syria, 2 F-16s, 2 depots; Pat Ryder; Abu Kamal", () => {
    const { d } = load("004");
    count(d, "injured", 21, 21, "21 فرداً أميركيًا");
    expect(d.counts.find((c) => c.slot === "killed")).toMatchObject({ min: 1, max: 1, groupClass: "contractor", nationality: "US" });
    count(d, "attacks", 12, null, "12 مرة منفصلةً على الأقل");
    count(d, "attacks", 4, 4, "4 مرات منفصلة");
    count(d, "other", 2, 2, "طائرتان مقاتلتان");
    count(d, "other", 2, 2, "مخزنين");
    expect(d.counts.some((c) => c.min === 16)).toBe(false);
    expect(person(d, "بات رايدر")).toMatchObject({ id: "pat_ryder", role: { id: "defense_spokesperson", country: "US" } });
    expect(d.places.find((p) => p.id === "abu_kamal")).toMatchObject({ text: "مدينة البوكمال" });
  });
});
