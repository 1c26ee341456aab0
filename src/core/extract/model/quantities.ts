/**
 * Hedges, vague amounts and zero phrases as intervals (ARABIC.md §3 table, #16–#18), match-key form.
 * What it is: words around a number that widen it into [min, max]. What it is not: the
 * numbers themselves (number-words.ts) or the nouns they count (counted-nouns.ts).
 * Source: written for Sada from news usage; no third-party data. Licence: MIT, as the project.
 */
export type Hedge = "at-least" | "more-than" | "about" | "less-than" | "at-most";

/** Phrases before a number, longest first within the same first word. */
export const HEDGES_BEFORE: [string, Hedge][] = [
  ["ما لا يقل عن", "at-least"], ["لا يقل عن", "at-least"], ["على الاقل", "at-least"], ["علي الاقل", "at-least"],
  ["اكثر من", "more-than"], ["ما يزيد على", "more-than"], ["ما يزيد علي", "more-than"], ["ما يزيد عن", "more-than"],
  ["يزيد عن", "more-than"], ["ما يربو على", "more-than"], ["ما يربو علي", "more-than"],
  ["نحو", "about"], ["حوالي", "about"], ["قرابه", "about"], ["زهاء", "about"], ["ما يقارب", "about"], ["ما يقرب من", "about"],
  ["قرابه ال", "about"], ["نحو ال", "about"], ["حوالي ال", "about"], ["اكثر من ال", "more-than"],
  ["اقل من", "less-than"],
  // verbs of crossing a mark: «يتخطى حاجز الـ80», «تتجاوز 88 مليار», «بإيرادات تجاوزت 91 مليونا»; «دون 74 دولاراً» is below it;
  // negated first: «لم يتجاوز 49 عاماً» is at most 49
  ["لم يتجاوز", "at-most"], ["لم تتجاوز", "at-most"], ["لا يتجاوز", "at-most"], ["لا تتجاوز", "at-most"],
  ["لم يتعد", "at-most"], ["لا يتعدي", "at-most"], ["لا تتعدي", "at-most"], ["يتجاوز", "more-than"], ["تتجاوز", "more-than"], ["تجاوز", "more-than"], ["يتخطي", "more-than"], ["تتخطي", "more-than"],
  ["تخطي", "more-than"], ["يفوق", "more-than"], ["تفوق", "more-than"], ["تجاوزت", "more-than"], ["تخطت", "more-than"], ["يتجاوز حاجز", "more-than"], ["تجاوز حاجز", "more-than"],
  ["يتخطي حاجز", "more-than"], ["يتجاوز حاجز ال", "more-than"], ["تجاوز حاجز ال", "more-than"], ["يتخطي حاجز ال", "more-than"],
  ["دون", "less-than"], ["يقل عن", "less-than"], ["ما يقل عن", "less-than"], ["يقترب من", "about"], ["تقترب من", "about"],
  ["يقارب", "about"], ["تقارب", "about"],
];
/** Phrases after the counted noun. */
export const HEDGES_AFTER: [string, Hedge][] = [
  ["على الاقل", "at-least"], ["علي الاقل", "at-least"], ["تقريبا", "about"], ["على الاكثر", "at-most"], ["علي الاكثر", "at-most"],
];
/** «نحو 30» → [0.8n, 1.2n]: the width of "about". */
export const ABOUT_WIDTH = 0.2;

/** Vague amounts that stand where a number would («عشرات الجرحى»). */
export const VAGUE: [string, number, number | null][] = [
  ["عشرات الاف", 2e4, 99999], ["عشرات الالاف", 2e4, 99999], ["مئات الاف", 2e5, 999999], ["مئات الالاف", 2e5, 999999],
  ["عشرات", 20, 99], ["العشرات", 20, 99], ["مئات", 200, 999], ["المئات", 200, 999], ["الاف", 2000, 9999],
  ["الالاف", 2000, 9999], ["ملايين", 2e6, 9.99e8], ["عددا من", 2, null],
  ["بضعه", 3, 9], ["بضع", 3, 9], ["عدد من", 2, null], ["العديد من", 2, null], ["عده", 2, null],
  // «وعدد غير معروف من الجرحى»: some, how many unknown
  ["عدد غير معروف من", 2, null], ["عددا غير معروف من", 2, null], ["عدد غير محدد من", 2, null], ["عددا غير محدد من", 2, null],
];

/**
 * Words that join a count to the one before it, which then lends its slot: coordination
 * («و3 عمال», «إضافة إلى ثلاثة») and subsets («مقتل 13 شخصاً، بينهم 10 طلاب»).
 */
export const COORDINATORS = ["و", "اضافه", "الي", "بالاضافه", "فضلا", "عن", "بينهم", "منهم", "بينها", "منها", "من"];

/**
 * Zero casualties (#18) as a pattern, not a phrase list: a negator, at most one filler word,
 * then a casualty noun: «دون وقوع إصابات», «لم تسفر عن سقوط ضحايا», «لا خسائر بشرية».
 * A zero says nobody was hurt: conflicts compare it with both the killed and the injured.
 */
export const ZERO_NEGATORS = [
  "دون", "بدون", "لا", "لم تسفر عن", "لم يسفر عن", "لم ينجم عنه", "لم ينجم عنها", "دون ان تسفر عن", "دون ان يسفر عن",
  "لم تسجل", "لم يسجل", "لم تقع", "لم يقع", "عدم", "خلو", "لم يخلف", "لم تخلف", "لم يتم",
  "لا توجد", "لا يوجد", "ليس هناك", "ليست هناك",
  // «ولم»: too short for the clitic reader
  "ولم تسفر عن", "ولم يسفر عن", "ولم تسجل", "ولم يسجل", "ولم تقع", "ولم يقع", "ولم يتم",
];
/**
 * Negators after which any one word may stand before the noun: «دون» + a verbal noun is
 * always «without X-ing casualties», whatever the word (also misspelt: «دون وفوع ضحايا»).
 */
export const ZERO_OPEN_NEGATORS = ["دون", "بدون"];
/** Words between another negator and the noun: «لم تسجل أي» («لا تزال ضحايا …» is no zero). */
export const ZERO_FILLERS = ["وقوع", "وقع", "سقوط", "حدوث", "تسجيل", "وجود", "اي", "ايه", "من"];
/** «أي»: after a negator and a word or two of its own (its subject, a day), the noun it negates follows. */
export const ZERO_ANY = ["اي", "ايه"];
/** «أو» between two casualty nouns a negator governs: «لم تسفر عن وقوع قتلى أو جرحى». */
export const ZERO_OR = ["او", "ولا"];
export const ZERO_NOUNS: [string, "injured" | "killed"][] = [
  ["اصابات", "injured"], ["اصابات بشريه", "injured"], ["حالات اصابه", "injured"], ["حاله اصابه", "injured"],
  // not the bare singular: «عدم إصابة المخالطين بالفيروس», «دون إصابة الهدف» are no count
  ["حاله وفاه", "killed"], ["حالات وفاه", "killed"], ["جرحي", "injured"], ["ضحايا", "killed"],
  ["خسائر بشريه", "killed"], ["خسائر في الارواح", "killed"], ["قتلي", "killed"], ["وفيات", "killed"],
];
