/**
 * Calendar words (ARABIC.md §4, #21–#24), match-key form: month names of the Egyptian/Gulf,
 * Levantine/Iraqi and Maghrebi systems and the Hijri months, weekdays, and relative-date
 * phrases. Months marked `context` collide with common words (صفر zero, آب ≈ أب father,
 * مارس "he practised", رجب/شعبان/رمضان names) and need a day, year or «شهر» beside them.
 * Source: written for Sada from standard usage; no third-party data. Licence: MIT, as the project.
 */
export interface MonthRow {
  month: number;
  calendar: "gregorian" | "hijri";
  context?: true;
}

const GREGORIAN: [string, number][] = [
  ["يناير|كانون الثاني|جانفي", 1], ["فبراير|شباط|فيفري", 2], ["مارس|اذار", 3], ["ابريل|نيسان|افريل", 4],
  ["مايو|ايار|ماي", 5], ["يونيو|يونيه|حزيران|جوان", 6], ["يوليو|يوليه|تموز|جويليه", 7], ["اغسطس|اب|اوت", 8],
  ["سبتمبر|ايلول", 9], ["اكتوبر|تشرين الاول", 10], ["نوفمبر|تشرين الثاني", 11], ["ديسمبر|كانون الاول", 12],
];
const HIJRI: [string, number][] = [
  ["محرم", 1], ["صفر", 2], ["ربيع الاول", 3], ["ربيع الاخر|ربيع الثاني", 4], ["جمادي الاولي", 5],
  ["جمادي الاخره|جمادي الثانيه", 6], ["رجب", 7], ["شعبان", 8], ["رمضان", 9], ["شوال", 10],
  ["ذو القعده|ذي القعده|ذوالقعده|ذيالقعده", 11], ["ذو الحجه|ذي الحجه|ذوالحجه|ذيالحجه", 12],
];
const NEED_CONTEXT = new Set(["صفر", "اب", "مارس", "ماي", "رجب", "شعبان", "رمضان", "محرم"]);

export const MONTHS: readonly [string, MonthRow][] = [
  ...GREGORIAN.flatMap(([forms, month]) =>
    forms.split("|").map((f): [string, MonthRow] => [f, { month, calendar: "gregorian", ...(NEED_CONTEXT.has(f) ? { context: true as const } : {}) }]),
  ),
  ...HIJRI.flatMap(([forms, month]) =>
    forms.split("|").map((f): [string, MonthRow] => [f, { month, calendar: "hijri", ...(NEED_CONTEXT.has(f) ? { context: true as const } : {}) }]),
  ),
];

/** Weekdays with the article, 0 = Sunday. «الاثنين» is also "the two" (#22). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["الاحد", 0], ["الاثنين", 1], ["الثلاثاء", 2], ["الاربعاء", 3], ["الخميس", 4], ["الجمعه", 5], ["السبت", 6],
]);
/** Words that make the next weekday a date: «يوم الاثنين», «فجر الجمعة». */
export const WEEKDAY_LEADS = ["يوم", "صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "منذ"];
/** Words before «الجمعة» that make it the prayer, not the day. */
export const WEEKDAY_BLOCKERS = ["صلاه", "خطبه", "خطيب", "صلاة"];
/**
 * «الأحد عشر جنديا» is eleven soldiers, not Sunday and ten: «الأحد» before «عشر» with a
 * singular accusative noun after (the noun of 11–99; 3–10 take a plural: «الأحد عشر
 * إصابات» is Sunday, ten injuries). Not after «يوم», which names the day.
 */
export const TEENS_AFTER_AHAD = ["عشر", "عشره"];
export const DAY_WORD = "يوم";

/**
 * Parts of the day a date is told with («صباح اليوم», «مساء الجمعة», «فجر يوم الاثنين», «من
 * صبيحة اليوم»), each with the hour it is usually told of (conflict/occasion.ts). Construct
 * forms only: «في الظهر يوم الجمعة» is a stab in the back; «الليلة» only as «الليلة الماضية».
 */
export const DAY_PARTS = {
  dawn: { hour: 4, forms: ["فجر"] },
  morning: { hour: 9, forms: ["صباح", "صبيحه", "ضحي"] },
  noon: { hour: 12.5, forms: ["ظهر", "ظهيره"] },
  afternoon: { hour: 16, forms: ["عصر"] },
  evening: { hour: 19, forms: ["مساء", "عشيه"] },
  night: { hour: 23, forms: ["ليل", "ليله", "الليله"] },
} as const;
export type DayPart = keyof typeof DAY_PARTS;
/**
 * Words that make a part of the day a statement's, not the event's, when one comes a few words
 * before it in its clause: «بحسب ما أعلن الجيش مساء اليوم», «في بيان صباح اليوم» (speech verbs
 * are attribution's SAY_VERBS).
 */
export const STATEMENT_NOUNS = ["بيان", "تصريح", "تصريحات", "مؤتمر"];
export const STATEMENT_REACH = 4;
/** Words between a part of the day and its date: «صباح يوم الجمعة», «صبيحة اليوم الجمعة». */
export const DAY_WORDS = ["يوم", "اليوم"];
/** After these a part of the day reaches its date across a comma: «من صبيحة، اليوم الجمعة». */
export const PART_PREPOSITIONS = ["من", "في"];

/** Relative dates, each as a day offset from publication (null: a span, not one day). */
export const RELATIVE: [string, number | null][] = [
  ["اول امس", -2], ["اول من امس", -2], ["امس الاول", -2], ["امس", -1], ["الليله الماضيه", -1], ["ليل امس", -1], ["مساء امس", -1],
  ["صباح امس", -1], ["فجر امس", -1], ["فجر اليوم", 0], ["صباح اليوم", 0], ["مساء اليوم", 0], ["ظهر اليوم", 0],
  ["ليل اليوم", 0], ["يوم امس", -1], ["الاسبوع الماضي", null], ["الاسبوع المقبل", null],
];
/** After a relative phrase, words that move it off the publication day: «صباح اليوم التالي». */
export const RELATIVE_BLOCKERS = ["التالي", "الموالي", "نفسه"];
/** Years up to this are Hijri when no marker says otherwise (1436 هـ = 2015). */
export const MAX_HIJRI_YEAR = 1500;
/** After a month: the month of publication («تشرين الأول الجاري»). */
export const CURRENT_MONTH = ["الجاري", "الحالي"];
/** Hijri and CE year markers. */
export const HIJRI_MARK = "ه";
