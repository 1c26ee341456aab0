/**
 * Sentences that tell the background of a story rather than its news (ARABIC.md §7: compare
 * only the event itself), match-key form: asides («يذكر أن…»), running totals («منذ
 * اندلاع…», «حتى الآن», «خلال الشهر الماضي»), past months («في مارس الماضي») and other
 * incidents («وفي حادثة منفصلة», «على صعيد آخر»), and earlier years («في عام 2012»). A count
 * in such a sentence is not compared across reports. Not «وكان … قد»: it also tells the
 * event itself («وكانت رويترز نقلت في وقت سابق الاثنين…», seed 000): a figure there is
 * background only beside the report's own newer figure of its kind (background.ts).
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
import { MONTHS } from "./dates.ts";

/** First word of a background sentence. */
export const BACKGROUND_OPENERS = ["يذكر", "ويذكر", "يشار", "ويشار", "وسبق", "سبق"];

const PAST = ["الماضي", "المنصرم", "الفائت"];
/** Phrases anywhere in a background sentence. */
export const BACKGROUND_PHRASES: string[] = [
  "منذ", "حتي الان", "حتي اليوم", "خلال العام", "خلال الشهر", "خلال الاشهر", "خلال الشهور", "خلال السنوات",
  "خلال اسبوع من", "خلال الاسبوع الماضي", "خلال الاسابيع", "خلال اسبوعين من", "خلال شهر من", "خلال شهرين من",
  "خلال الاعوام", "اجمالي", "الاجمالي", "الاجماليه", "مطلع العام", "بدايه العام", "العام الماضي", "السنه الماضيه",
  "الشهر الماضي", "الاشهر الماضيه", "الاعوام الماضيه", "السنوات الماضيه",
  // another incident told beside the news
  "حادثه منفصله", "حادث منفصل", "هجوم منفصل", "حادث اخر", "حادثه اخري", "علي صعيد اخر", "في سياق اخر", "في سياق منفصل", "من جهه اخري", "من جانب اخر", "في تطور اخر",
  "من ناحيه اخري",
  // several incidents summed up: «وأصيب 12 في حادثين منفصلين»
  "حادثين منفصلين", "حادثتين منفصلتين", "حوادث منفصله", "هجومين منفصلين", "هجمات منفصله",
  ...MONTHS.filter(([, row]) => row.calendar === "gregorian").flatMap(([month]) => PAST.map((p) => `${month} ${p}`)),
];

/**
 * Words of forecasting: a figure a few words after one, in its clause, is what was expected,
 * not what happened («التوقعات التي كانت تشير إلى انخفاض قدره 2.3 مليون برميل», «ويتوقع أن
 * يرتفع العدد إلى 20»). Not estimates («تقديرات»): a toll estimated is a toll told.
 */
export const FORECAST_WORDS = ["توقعات", "توقع", "يتوقع", "تتوقع", "متوقع", "متوقعا", "توقعوا", "يتوقعون", "توقعت", "تنبؤات"];
/**
 * Words of intent, and next week or month: an amount a few words after one, in its clause, is
 * what someone means to do («يعتزم البنك التقدم … الأسبوع المقبل بطلب للاستحواذ على 100 في
 * المئة», against the 98.5 % approved). Amounts only: «يخطط أقارب عدد من ضحايا الحادث…» tells
 * of victims who died. Not «المقبل» alone («للعام الدراسي المقبل إلى 18 ألف ريال»: a price set).
 */
export const INTENT_WORDS = ["يعتزم", "تعتزم", "يخطط", "تخطط", "ينوي", "تنوي", "الاسبوع المقبل", "الشهر المقبل"];
export const FORECAST_REACH = 8;
/** Words before a forecasting word that turn it around: «هجوم غير متوقع», «لم يكن متوقعا». */
export const FORECAST_NEGATIONS = ["غير", "يكن", "تكن"];

/**
 * Earlier incidents a figure is told of, a few words before it in its clause: «بعد هجومين
 * أوقعا 13 قتيلا» (the event is a third attack). Two or more only: «بعد هجوم» is as often
 * the event itself («قتل 5 بعد هجوم على حاجز»).
 */
export const EARLIER_INCIDENTS = ["بعد هجومين", "بعد هجمات", "بعد تفجيرين", "بعد تفجيرات", "بعد حادثين", "بعد غارتين", "عقب هجومين", "عقب هجمات"];
export const EARLIER_INCIDENTS_REACH = 4;

/** A sentence that opens with «وكان(ت)» and has «قد» in it is told in the pluperfect: «وكانت مصادر قد أعلنت…». */
export const PLUPERFECT_OPENERS = ["كان", "كانت", "وكان", "وكانت"];
export const PLUPERFECT_MARK = "قد";

/** A running total over a count of long periods: «خلال 3 أشهر من الاشتباكات». */
export const PERIOD_LEADS = ["خلال", "وخلال"];
export const LONG_PERIODS = ["اسابيع", "اشهر", "شهور", "شهرا", "سنوات", "اعوام", "عاما", "سنه"];

/** Words before a month that date a sentence: «وفي نوفمبر», «خلال مارس». */
export const MONTH_LEADS = ["في", "وفي", "خلال", "وخلال"];
/** Words after a month that put it ahead: «في سبتمبر المقبل». */
export const MONTH_AHEAD = ["المقبل", "القادم"];

/** Words before a year that date a sentence: «في 2012», «عام 2011م». */
export const YEAR_LEADS = ["عام", "العام", "لعام", "بعام", "سنه", "السنه", "في", "خلال", "منذ"];
/** The «م» (CE) written after a year. */
export const CE_MARK = "م";
