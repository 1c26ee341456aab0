/**
 * Hedges, vague amounts and zero phrases as intervals (ARABIC.md §3 table, #16–#18), match-key form.
 * What it is: words around a number that widen it into [min, max]. What it is not: the
 * numbers themselves (number-words.ts) or the nouns they count (counted-nouns.ts).
 * Source: written for Sada from news usage; no third-party data. Licence: MIT, as the project.
 */
export type Hedge = "at-least" | "more-than" | "about" | "less-than";

/** Phrases before a number, longest first within the same first word. */
export const HEDGES_BEFORE: [string, Hedge][] = [
  ["ما لا يقل عن", "at-least"], ["لا يقل عن", "at-least"], ["على الاقل", "at-least"], ["علي الاقل", "at-least"],
  ["اكثر من", "more-than"], ["ما يزيد على", "more-than"], ["ما يزيد علي", "more-than"], ["ما يزيد عن", "more-than"],
  ["يزيد عن", "more-than"], ["ما يربو على", "more-than"], ["ما يربو علي", "more-than"],
  ["نحو", "about"], ["حوالي", "about"], ["قرابه", "about"], ["زهاء", "about"], ["ما يقارب", "about"], ["ما يقرب من", "about"],
  ["قرابه ال", "about"], ["نحو ال", "about"], ["حوالي ال", "about"], ["اكثر من ال", "more-than"],
  ["اقل من", "less-than"],
];
/** Phrases after the counted noun. */
export const HEDGES_AFTER: [string, Hedge][] = [
  ["على الاقل", "at-least"], ["علي الاقل", "at-least"], ["تقريبا", "about"], ["على الاكثر", "less-than"],
];
/** «نحو 30» → [0.8n, 1.2n]: the width of "about". */
export const ABOUT_WIDTH = 0.2;

/** Vague amounts that stand where a number would («عشرات الجرحى»). */
export const VAGUE: [string, number, number | null][] = [
  ["عشرات الاف", 2e4, 99999], ["عشرات الالاف", 2e4, 99999], ["مئات الاف", 2e5, 999999], ["مئات الالاف", 2e5, 999999],
  ["عشرات", 20, 99], ["العشرات", 20, 99], ["مئات", 200, 999], ["المئات", 200, 999], ["الاف", 2000, 9999],
  ["الالاف", 2000, 9999], ["ملايين", 2e6, 9.99e8], ["عددا من", 2, null],
  ["بضعه", 3, 9], ["بضع", 3, 9], ["عدد من", 2, null], ["العديد من", 2, null], ["عده", 2, null],
];

/**
 * Words that join a count to the one before it, which then lends its slot: coordination
 * («و3 عمال», «إضافة إلى ثلاثة») and subsets («مقتل 13 شخصاً، بينهم 10 طلاب»).
 */
export const COORDINATORS = ["و", "اضافه", "الي", "بالاضافه", "فضلا", "عن", "بينهم", "منهم", "بينها", "منها", "من"];

/** Phrases that state zero casualties, with the slot they zero. */
export const ZERO_PHRASES: [string, "injured" | "killed"][] = [
  ["لم تسفر عن اصابات", "injured"], ["لم يسفر عن اصابات", "injured"], ["لم تسفر عن وقوع اصابات", "injured"],
  ["لم يسفر عن وقوع اصابات", "injured"], ["دون وقوع اصابات", "injured"], ["دون اصابات", "injured"],
  ["دون ان تسفر عن اصابات", "injured"], ["لا اصابات", "injured"], ["لم تسجل اي اصابات", "injured"],
  ["لم تقع اصابات", "injured"], ["لا خسائر بشريه", "killed"], ["دون خسائر بشريه", "killed"],
  ["لم تسفر عن خسائر بشريه", "killed"], ["لم يسفر عن خسائر بشريه", "killed"], ["دون وقوع ضحايا", "killed"],
  ["لم تسفر عن سقوط ضحايا", "killed"], ["لم يسفر عن سقوط ضحايا", "killed"], ["لم تسفر عن ضحايا", "killed"],
];
