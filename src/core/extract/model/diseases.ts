/**
 * A disease's cases and deaths (extract/disease.ts), match-key form, bare of clitics and «ال»
 * (a word's base forms are matched: «بفيروس»، «بالمرض»، «والكوليرا»).
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */

/**
 * Diseases and their carriers. What it is not: injuries («بجروح»، «بالرصاص»), poisoning or
 * suffocation («بالاختناق»).
 */
export const DISEASES: readonly string[] = [
  // the disease in general and its carriers
  "مرض", "امراض", "وباء", "اوبئه", "عدوي", "فيروس", "فايروس", "فيروسات",
  // named diseases («السل»: too short a word to lose its article)
  "كورونا", "ميرس", "متلازمه", "ايبولا", "انفلونزا", "كوليرا", "حصبه", "ملاريا", "ضنك", "جرب", "ايدز",
  "سرطان", "طاعون", "جدري", "السل",
];

/** Words of violence's dead and wounded, never a disease's: «9800 جريح … و5800 إصابة بحمى الضنك». */
export const WOUNDS: readonly string[] = ["جريح", "جرحي", "قتيل", "قتلي", "شهيد", "شهداء", "جثه", "جثث", "مقتل", "مصرع", "استشهاد"];

/**
 * Words that count cases, of a disease as well as of the injured: in a sentence whose other
 * count is a disease's, theirs is too («تسجيل 4 إصابات مؤكدة بفيروس كورونا، و4 حالات وفاة بالرياض»).
 */
export const CASES: readonly string[] = ["حاله", "حالات", "حالتي", "حالتا", "حالتين", "حالتان", "وفاه", "وفيات", "اصابه", "اصابات"];
