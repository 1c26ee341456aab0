import { describe, expect, it } from "vitest";
import { givenNamesCompatible, nameSkeleton, sameRole } from "./names.ts";

// #26 spelling variants share a skeleton; #27 different people do not; #28 short and long given names
const SAME_SKELETON: [string, string, string][] = [
  ["#26 Austin", "أوستن", "أوستين"],
  ["#26 Gallant (غ/ج)", "غالانت", "جالانت"],
  ["#26 Gallant (no alef)", "غالانت", "غالنت"],
  ["#26 Trump", "ترمب", "ترامب"],
  ["#26 Netanyahu", "نتنياهو", "نتانياهو"],
  ["#26 Zelensky", "زيلينسكي", "زيلنسكي"],
  ["#26 Blinken with diacritics", "بلينكن", "بِلينكِن"],
  ["#26 Biden with tatweel", "بايدن", "بايـــدن"],
  ["#1 alef forms", "أوستن", "اوستن"],
];
// false positives: one letter apart, different people
const DIFFERENT_SKELETON: [string, string, string][] = [
  ["#27 Lloyd vs Lewis", "لويد", "لويس"],
  ["#27 Lloyd vs James", "لويد", "جيمس"],
  ["#27 Austin vs Easton-like", "أوستن", "أوسلو"],
];

const GIVEN_COMPATIBLE: [string, string, string][] = [
  ["#28 Pat ⊂ Patrick", "بات", "باتريك"],
  ["#28 Patrick spellings", "باترك", "باتريك"],
  ["#28 equal", "لويد", "لويد"],
  ["#28 absent given name is compatible", "", "لويد"],
];
// false positives
const GIVEN_INCOMPATIBLE: [string, string, string][] = [
  ["#27 Lloyd vs Lewis", "لويد", "لويس"],
  ["#27 Lloyd vs James", "لويد", "جيمس"],
  ["#27 Lewis vs James", "لويس", "جيمس"],
  ["#28 a two-letter prefix is not enough", "با", "باتريك"],
];

describe("names (#26–#28)", () => {
  it.each(SAME_SKELETON)("%s: %s = %s", (_n, a, b) => expect(nameSkeleton(a)).toBe(nameSkeleton(b)));
  it.each(DIFFERENT_SKELETON)("%s: %s ≠ %s", (_n, a, b) => expect(nameSkeleton(a)).not.toBe(nameSkeleton(b)));
  it.each(GIVEN_COMPATIBLE)("%s: %s ~ %s", (_n, a, b) => expect(givenNamesCompatible(a, b)).toBe(true));
  it.each(GIVEN_INCOMPATIBLE)("%s: %s ≁ %s", (_n, a, b) => expect(givenNamesCompatible(a, b)).toBe(false));

  it("#30 same title, another country is another role", () => {
    expect(sameRole({ id: "defense_minister", country: "US" }, { id: "defense_minister", country: "US" })).toBe(true);
    expect(sameRole({ id: "defense_minister", country: "US" }, { id: "defense_minister" })).toBe(true);
    expect(sameRole({ id: "defense_minister", country: "US" }, { id: "defense_minister", country: "IL" })).toBe(false);
    expect(sameRole({ id: "defense_minister", country: "US" }, { id: "president", country: "US" })).toBe(false);
  });
});
