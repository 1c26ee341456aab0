/**
 * Titles that name a role (ARABIC.md §5 person grammar, #29, #30), match-key form, with the
 * canonical role id: «وزير الدفاع» = «وزير الأمن» = «وزير الحرب» (Israeli usage), and
 * «المتحدث باسم البنتاغون» ≈ «السكرتير الصحفي لوزارة الدفاع». A country given here holds
 * when no nisba follows. Ranks (اللواء، الجنرال …) are not roles: they prefix a name.
 * «نظيره» (his counterpart) takes the role of the nearest role before it; «نائبته» (her deputy)
 * takes its country.
 * Source: written for Sada from the seeds; no third-party data. Licence: MIT, as the project.
 */
export interface TitleRow {
  role: string;
  country?: string;
  /** «نائبته» (his/her deputy): the country is that of the nearest role before it */
  possessive?: true;
}

const ROWS: [string, TitleRow][] = [
  ["وزير الدفاع", { role: "defense_minister" }],
  ["وزير الحرب", { role: "defense_minister" }],
  ["وزير الامن", { role: "defense_minister" }],
  ["وزير الدوله لشؤون الدفاع", { role: "defense_state_minister" }],
  ["وزير الخارجيه", { role: "foreign_minister" }],
  ["وزير الداخليه", { role: "interior_minister" }],
  ["وزير", { role: "minister" }],
  ["المتحدث باسم البنتاغون", { role: "defense_spokesperson", country: "US" }],
  ["الناطق باسم البنتاغون", { role: "defense_spokesperson", country: "US" }],
  ["متحدث باسم البنتاغون", { role: "defense_spokesperson", country: "US" }],
  ["المتحدث باسم وزاره الدفاع", { role: "defense_spokesperson" }],
  ["الناطق باسم وزاره الدفاع", { role: "defense_spokesperson" }],
  ["السكرتير الصحفي لوزاره الدفاع", { role: "defense_spokesperson" }],
  ["السكرتير الصحفي للبنتاغون", { role: "defense_spokesperson", country: "US" }],
  ["المتحدث باسم", { role: "spokesperson" }],
  ["الناطق باسم", { role: "spokesperson" }],
  ["الناطق العسكري باسم", { role: "military_spokesperson" }],
  ["المتحدث العسكري باسم", { role: "military_spokesperson" }],
  ["الرئيس", { role: "president" }],
  ["رئيس الوزراء", { role: "prime_minister" }],
  ["رئيس الحكومه", { role: "prime_minister" }],
  ["نائب الرئيس", { role: "vice_president" }],
  ["نائبته", { role: "vice_president", possessive: true }],
  ["نائبه", { role: "vice_president", possessive: true }],
  ["ولي عهد", { role: "crown_prince" }],
  ["ولي العهد", { role: "crown_prince" }],
  ["المرشد الاعلي", { role: "supreme_leader" }],
  ["المرشد", { role: "supreme_leader" }],
  ["رئيس المكتب السياسي", { role: "political_bureau_chief" }],
  ["القائد العسكري", { role: "military_commander" }],
  ["قائد", { role: "commander" }],
  ["القيادي", { role: "senior_figure" }],
  ["الامين العام", { role: "secretary_general" }],
  ["مستشار الامن القومي", { role: "national_security_adviser" }],
  ["السيناتور", { role: "senator" }],
  ["نظيره", { role: "counterpart" }],
  ["نظيرته", { role: "counterpart" }],
];

export const TITLES: readonly [string, TitleRow][] = ROWS;

/** Military ranks: part of how a person is named, not a role. */
export const RANKS = ["اللواء", "الجنرال", "العميد", "العقيد", "الفريق", "الرائد", "المقدم", "الادميرال", "المشير"];

/** Nouns before a title that make it part of another phrase: «مدير مكتب الرئيس» is not the president. */
export const TITLE_BLOCKERS = ["مكتب", "مدير", "مستشار", "حرس", "زوجه", "نجل", "شقيق", "موكب", "قصر", "ديوان", "طائره", "حكومه"];

/** Words between a title and its name that belong to the title phrase («العسكري الكبير»). */
export const TITLE_FILLERS = ["الكبير", "الاعلي", "السابق", "الحالي", "الجديد"];
