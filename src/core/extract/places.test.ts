import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";
import { placeRelation } from "./places.ts";

const places = (s: string) => extractDetails(s).places.map((p) => [p.id, p.text]);

type Row = [name: string, input: string, expected: string[][]];

// #31 fusion and aliases, #34 stop-word trap (أبو، آل are part of names)
const PLACES: Row[] = [
  ["#31 fused toponym", "بالقرب من مدينة البوكمال السورية", [["abu_kamal", "مدينة البوكمال"]]],
  ["#31 split toponym (#34 keeps «أبو»)", "قرب أبو كمال", [["abu_kamal", "أبو كمال"]]],
  ["#31 base alias, longest wins", "بقاعدة عين الأسد الجوية في العراق", [["ain_al_asad", "قاعدة عين الأسد الجوية"], ["iraq", "العراق"]]],
  ["#31 short alias", "هجوم على عين الأسد", [["ain_al_asad", "عين الأسد"]]],
  ["#32 region and governorate", "في محافظة الأنبار غرب العراق", [["anbar", "محافظة الأنبار"], ["west_iraq", "غرب العراق"]]],
  ["#1 alef forms and #3 teh marbuta", "قاعده عين الاسد", [["ain_al_asad", "قاعده عين الاسد"]]],
  ["#9 «ألمانيا» is not «ال» + noun", "ووزير الدفاع في ألمانيا", [["germany", "ألمانيا"]]],
  // false positives
  ["«الأسد» alone is not the base", "قال الأسد", []],
  ["a nisba is not a place", "الجيش العراقي", []],
];

describe("places (#31–#34)", () => {
  it.each(PLACES)("%s: %s", (_name, input, expected) => expect(places(input)).toEqual(expected));

  it("containment hierarchy, nearest first", () => {
    const [p] = extractDetails("عين الأسد").places;
    expect(p!.within).toEqual(["anbar", "west_iraq", "iraq"]);
  });

  it.each([
    ["#32 containment", "iraq", "ain_al_asad", "contains"],
    ["#32 containment", "ain_al_asad", "anbar", "within"],
    ["#32 same", "abu_kamal", "abu_kamal", "same"],
    ["#33 real conflict: Ain al-Asad vs Harir", "ain_al_asad", "harir", "disjoint"],
    ["#33 real conflict: Abu Kamal vs Shaddadi", "abu_kamal", "shaddadi", "disjoint"],
    ["unknown id", "ain_al_asad", "atlantis", "unknown"],
  ])("%s: %s / %s → %s", (_n, a, b, rel) => expect(placeRelation(a, b)).toBe(rel));
});
