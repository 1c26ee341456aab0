/**
 * A disease's cases and deaths (extract/disease.ts), match-key form, bare of clitics and «ال»
 * (a word's base forms are matched: «بالكوليرا»، «والإيبولا»).
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */

/** Diseases by name: a disease wherever they stand («السل»: too short a word to lose its article). */
export const DISEASES: readonly string[] = [
  "كورونا", "ميرس", "كوفيد", "سارس", "ايبولا", "انفلونزا", "انفلوانزا", "كوليرا", "حصبه", "ملاريا", "ايدز",
  "طاعون", "جدري", "السل",
];

/**
 * Words that name a disease only when something is caught «with» them («بفيروس»، «بمرض
 * الجرب»، «بحمى الضنك»، «بالسرطان»): alone they are as often a metaphor or another word
 * («عدوى الاحتجاجات»، «وباء الإرهاب»، «جرب» tried, «ضنك» hardship).
 */
export const CAUGHT_WITH: readonly string[] = [
  "مرض", "امراض", "وباء", "اوبئه", "عدوي", "فيروس", "فايروس", "فيروسات", "سرطان", "متلازمه", "جرب", "حمي", "التهاب",
];

/** Words of cause before one of CAUGHT_WITH that make it a disease too: «وفاة أربعة أشخاص بسبب الفيروس». */
export const CAUSED_BY: readonly string[] = ["بسبب", "جراء", "اثر", "نتيجه"];

/** Words of an attack or a crash: a clause with one counts its casualties, whatever disease it names («قصف على مركز لعلاج الكوليرا»). */
export const VIOLENCE: readonly string[] = [
  "قصف", "هجوم", "هجمات", "غاره", "غارات", "انفجار", "تفجير", "اشتباك", "اشتباكات", "معارك", "كمين", "رصاص", "طعن",
  "حادث", "حادثه", "تصادم", "انقلاب", "حريق", "جروح",
];

/** Words of violence's dead and wounded, in a count or right before it: never a disease's («9800 جريح»، «مقتل 5 أشخاص»). */
export const WOUNDS: readonly string[] = [
  "جريح", "جرحي", "قتيل", "قتلي", "شهيد", "شهداء", "جثه", "جثث", "مقتل", "مصرع", "استشهاد", "قتل", "قتلوا", "استشهد", "استشهدوا",
];

/**
 * Counted nouns of cases, of a disease as well as of the injured: in a sentence whose other
 * count is a disease's, a count of them is too («تسجيل 4 إصابات مؤكدة بفيروس كورونا، و4 حالات وفاة بالرياض»).
 */
export const CASES: readonly string[] = ["حاله", "حالات", "حالتي", "حالتا", "حالتين", "حالتان", "وفيات", "اصابه", "اصابات"];

/**
 * Words before a disease's figure that make it a running total, not a day's tally
 * («ارتفع عدد المصابين بفيروس كورونا إلى 1000 حالة», «الإجمالي»): background, never set
 * against the day's new cases.
 */
export const TOTALS: readonly string[] = ["الي", "اجمالي", "مجموع", "الكلي"];
