import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [name, gazetteer id or null, role id or null, role country or null, title or null] of every person. */
const people = (s: string) =>
  extractDetails(s).people.map((p) => [p.name, p.id ?? null, p.role?.id ?? null, p.role?.country ?? null, p.role?.title ?? null]);

type Row = [name: string, input: string, expected: (string | null)[][]];

// #27 different given names, #29 nisba spellings and title placement, #30 same title, other country
const PEOPLE: Row[] = [
  ["#29 title, nisba, apposition", "أجرى وزير الدفاع الأميركي، لويد أوستن، اتصالا", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"]]],
  ["#29 nisba spelled الأمريكي", "وزير الدفاع الأمريكي لويد أوستن", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"]]],
  ["#29 nisba spelled الامريكي", "وزير الدفاع الامريكي لويد اوستن", [["لويد اوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"]]],
  ["#29 title after the name", "قال لويد أوستن، وزير الدفاع الأميركي، إن", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"]]],
  ["#29 title with a clitic", "وقال لوزير الدفاع الأميركي لويد أوستن", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"]]],
  ["#30 Israeli «war minister» is the defense minister", "وزير الحرب الإسرائيلي يوآف غالانت", [["يوآف غالانت", "yoav_gallant", "defense_minister", "IL", "وزير الحرب"]]],
  ["#30 Israeli «security minister» too", "وزير الأمن الإسرائيلي، يوآف غالانت", [["يوآف غالانت", "yoav_gallant", "defense_minister", "IL", "وزير الأمن"]]],
  ["#27 James Austin keeps the role, loses the id", "وزير الدفاع الأميركي جيمس أوستن", [["جيمس أوستن", null, "defense_minister", "US", "وزير الدفاع"]]],
  ["#27 Lewis Austin", "وزير الدفاع الأميركي، لويس أوستن،", [["لويس أوستن", null, "defense_minister", "US", "وزير الدفاع"]]],
  ["#28 Pat Ryder with a rank", "المتحدث باسم البنتاغون، الجنرال \"بات رايدر\"", [["بات رايدر", "pat_ryder", "defense_spokesperson", "US", "المتحدث باسم البنتاغون"]]],
  ["#28 Patrick Ryder, press secretary", "وقال السكرتير الصحفي لوزارة الدفاع الأميركية (البنتاغون)، اللواء باترك رايدر", [["باترك رايدر", "pat_ryder", "defense_spokesperson", "US", "السكرتير الصحفي لوزارة الدفاع"]]],
  ["#28 surname alone", "وجدد أوستين التزامه", [["أوستين", "lloyd_austin", null, null, null]]],
  ["counterpart takes the role", "وزير الدفاع الأميركي لويد أوستن ونظيره الإسرائيلي يوآف غالانت", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "وزير الدفاع"], ["يوآف غالانت", "yoav_gallant", "defense_minister", "IL", "نظيره"]]],
  ["a possessive title takes the country of the role before it", "أطلع الرئيس الأميركي، جو بايدن، ونائبته كامالا هاريس", [["جو بايدن", "joe_biden", "president", "US", "الرئيس"], ["كامالا هاريس", "kamala_harris", "vice_president", "US", "نائبته"]]],
  ["organization gives the country", "رئيس المكتب السياسي لحركة حماس، إسماعيل هنية", [["إسماعيل هنية", "ismail_haniyeh", "political_bureau_chief", "PS", "رئيس المكتب السياسي"]]],
  ["unknown surname after a known given name", "وزير الدفاع الألماني، بوريس بيستوريوس", [["بوريس بيستوريوس", "boris_pistorius", "defense_minister", "DE", "وزير الدفاع"]]],
  ["gazetteer name with a compound given name", "انتقال الرئيس عبد ربه منصور هادي للسعودية", [["عبد ربه منصور هادي", "abd_rabbuh_hadi", "president", null, "الرئيس"]]],
  ["compound given name «عبد العزيز» before an unknown surname", "قال الرئيس الجزائري عبد العزيز بوتفليقة إن", [["عبد العزيز بوتفليقة", null, "president", "DZ", "الرئيس"]]],
  ["a multi-word given name", "وزير الخارجية الإيراني محمد جواد ظريف", [["محمد جواد ظريف", "javad_zarif", "foreign_minister", "IR", "وزير الخارجية"]]],
  ["a counterpart of a leader named without a nisba (the gazetteer knows his country)", "بحث الرئيس عبد الفتاح السيسي مع نظيره الأمريكي دونالد ترامب", [["عبد الفتاح السيسي", "abdel_fattah_sisi", "president", null, "الرئيس"], ["دونالد ترامب", "donald_trump", "president", "US", "نظيره"]]],
  ["a counterpart of a title with neither nisba nor known name", "اتصل وزير الدفاع بنظيره الأمريكي لويد أوستن", [["لويد أوستن", "lloyd_austin", "defense_minister", "US", "نظيره"]]],
  // false positives
  ["a counterpart of a leader of the same country (the gazetteer's) mirrors someone else (the visitor)", "لقاءات مع رئيس الوزراء حيدر العبادي ونظيره العراقي خالد العبيدي", [["حيدر العبادي", "haider_al_abadi", "prime_minister", null, "رئيس الوزراء"]]],
  ["a counterpart without a nisba has no known role", "رئيس الوزراء حيدر العبادي ونظيره خالد العبيدي", [["حيدر العبادي", "haider_al_abadi", "prime_minister", null, "رئيس الوزراء"]]],
  ["a counterpart of the same country is no counterpart", "وزير الخارجية الإيراني محمد جواد ظريف ونظيره الإيراني بوريس بيستوريوس", [["محمد جواد ظريف", "javad_zarif", "foreign_minister", "IR", "وزير الخارجية"], ["بوريس بيستوريوس", "boris_pistorius", null, null, null]]],
  ["a family name that is a common word needs a given name («ظريف» = witty)", "كان الحديث ظريف جدا", []],
  ["a title inside another phrase («مدير مكتب الرئيس»)", "ومدير مكتب الرئيس أحمد عوض بن مبارك", []],
  ["an «ال» surname alone is no gazetteer hit («سارة الحسيني»)", "أدت كل من سارة الحسيني وياسمين", []],
  ["#34 a short surname alone is a word («شكر» = thanks)", "قدم شكر الحكومة", []],
  ["a title without a name is no person", "وقال متحدث باسم البنتاغون إن", []],
  ["a given name alone is no person", "قال محمد إن", []],
  ["#2 the preposition «على» is no «علي»", "ظريف ردا على نتنياهو", [["نتنياهو", "benjamin_netanyahu", null, null, null]]],
];

describe("people and roles (#27–#30)", () => {
  it.each(PEOPLE)("%s: %s", (_name, input, expected) => expect(people(input)).toEqual(expected));

  it("spans and the rank", () => {
    const src = "المتحدث باسم البنتاغون، الجنرال \"بات رايدر\"";
    const [p] = extractDetails(src).people;
    expect(src.slice(p!.start, p!.end)).toBe("بات رايدر");
    expect(src.slice(p!.role!.start, p!.role!.end)).toBe("المتحدث باسم البنتاغون");
    expect(p).toMatchObject({ rank: "الجنرال", given: "بات", family: "رايدر" });
  });
});
