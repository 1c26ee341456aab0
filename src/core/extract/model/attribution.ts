/**
 * Attribution frames and anonymous sources (ARABIC.md §6, #35, #36, #39), match-key form.
 * Verbs and prepositions that introduce who says a detail, nouns of anonymous sources with
 * their canonical id, and the «نقلاً عن» family that passes a value to the quoted source.
 * What it is not: agencies and institutions (src/data/lexicon/agencies.json, organizations.json).
 * Source: written for Sada from the seeds and SaudiNewsNet; no third-party data. Licence: MIT, as the project.
 */
export const SAY_VERBS = new Set(
  ("قال قالت قالوا افاد افادت ذكر ذكرت ذكروا اكد اكدت اعلن اعلنت صرح صرحت كشف كشفت نقل نقلت " +
    "اشار اشارت اوضح اوضحت اضاف اضافت افادوا اكدوا كشفوا اعلنوا ابلغ ابلغت اورد اوردت").split(" "),
);
/** «بحسب رويترز», «وفقاً لـ», «حسبما نقلت»: the source follows. */
export const ACCORDING_TO = ["بحسب", "حسب", "حسبما", "وفقا ل", "وفقا", "طبقا ل", "طبقا", "نقلا عن", "بحسب ما"];
/** «نقلت X عن Y»: the value belongs to Y (#39). */
export const QUOTING = ["عن", "نقلا عن"];

export type AnonymousKind = "official" | "anonymous";

/** Source nouns → id prefix and kind; a following nisba adds the country («مسؤولين أميركيين» → official:US). */
export const SOURCE_NOUNS: [string, string, AnonymousKind][] = [
  ["مصدر مصادر مصدران مصدرين", "source", "anonymous"],
  ["مسؤول مسؤولين مسؤولون مسؤولان مسؤولة", "official", "official"],
  ["متحدث", "spokesperson", "official"],
];
/** Adjectives that qualify a source («مصدر أمني», «مصادر محلية»). */
export const SOURCE_QUALIFIERS: Readonly<Record<string, string>> = {
  امني: "security", امنيان: "security", امنيه: "security", امنيين: "security", محلي: "local", محليه: "local",
  حكومي: "government", حكوميه: "government", رسمي: "official", رسميه: "official", عسكري: "military",
  عسكريه: "military", طبي: "medical", طبيه: "medical", مطلع: "informed", مطلعه: "informed",
};
