import { describe, expect, it } from "vitest";
import { compareReports, findings } from "./compare.ts";
import { readHeadline, type ReportDetails, type StoredCount, type StoredPerson, type StoredPlace } from "./report-details.ts";
import { extractDetails } from "../extract/index.ts";

const minister = (given: string, family: string, familyKey: string, country = "US"): StoredPerson => ({
  name: `${given} ${family}`,
  given,
  family,
  familyKey,
  role: { id: "defense_minister", country, title: "وزير الدفاع" },
  text: `${given} ${family}`,
  quote: `وزير الدفاع ${given} ${family}`,
});
const count = (slot: StoredCount["slot"], min: number, max: number | null, group?: string): StoredCount => ({
  slot,
  min,
  max,
  ...(group ? { group } : {}),
  text: String(min),
  quote: String(min),
});
const report = (id: string, people: StoredPerson[], counts: StoredCount[] = [], published?: string, places: StoredPlace[] = []): ReportDetails => ({
  id,
  source: `outlet-${id}`,
  ...(published ? { published } : {}),
  people,
  counts,
  places,
});
const site = (id: string, name: string): StoredPlace => ({ id, name, text: name, quote: name });
const titled = (title: string): StoredPerson => ({ ...minister("يوآف", "غالانت", "كلنت", "IL"), role: { id: "defense_minister", country: "IL", title } });
const attributed = (c: StoredCount, source: string): StoredCount => ({ ...c, source });
/** A count or quantity as the database stores it: its words and the sentence around them. */
const said = (slot: StoredCount["slot"], min: number, text: string, quote: string, group?: string): StoredCount => ({
  slot,
  min,
  max: min,
  ...(group !== undefined ? { group } : {}),
  text,
  quote,
});
/** The k-th count of a sentence as extraction finds it, group and all. */
const read = (quote: string, k = 0): StoredCount => {
  const c = extractDetails(quote).counts[k]!;
  return { slot: c.slot, min: c.min, max: c.max, ...(c.group ? { group: c.group } : {}), ...(c.condition ? { condition: c.condition } : {}), text: c.text, quote };
};
const fromOutlet = (id: string, source: string, counts: StoredCount[], published?: string): ReportDetails => ({ ...report(id, [], counts, published), source });
const headed = (r: ReportDetails, headline: string): ReportDetails => ({ ...r, headline: readHeadline(headline) });

// [label, reports, expected conflicts as "kind:slot"]
const CASES: [string, ReportDetails[], string[]][] = [
  ["given names disagree for one role (جيمس vs لويد)", [report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("جيمس", "أوستن", "استن")])], ["person:defense_minister:US"]],
  ["5 vs 6 injured", [report("a", [], [count("injured", 5, 5)]), report("b", [], [count("injured", 6, 6)])], ["count:injured"]],
  ["a group of marks only is no group (and no crash)", [report("a", [], [count("killed", 3, 3, "«»")]), report("b", [], [count("killed", 5, 5)])], ["count:killed"]],
  ["2 vs 3 rockets fired", [report("a", [], [count("projectiles_fired", 2, 2)]), report("b", [], [count("projectiles_fired", 3, 3)])], ["count:projectiles_fired"]],
  ["one minister, two titles: wording only", [report("a", [titled("وزير الحرب")]), report("b", [titled("وزير الأمن")])], ["role:defense_minister:IL"]],
  ["عين الأسد vs حرير, the same attack", [report("a", [], [], undefined, [site("ain_al_asad", "عين الأسد")]), report("b", [], [], undefined, [site("harir", "حرير")])], ["place:site"]],
  ["one outlet gives a sub-count beside the total, two others one figure each", [report("a", [], [count("killed", 42, 42), count("killed", 2, 2)]), report("b", [], [count("killed", 42, 42)]), report("c", [], [count("killed", 2, 2)])], ["count:killed"]],
  ["a quantity one outlet gives differently in two of its reports is a series (a market's daily close): no conflict between outlets", [
    fromOutlet("a1", "x", [said("quantity", 9275.2, "9275.20 نقطة", "ليغلق المؤشر العام عند مستوى 9275.20 نقطة بتداولات تجاوزت 4 مليارات", "نقطة")], "2015-07-21T02:21:00+03:00"),
    fromOutlet("a2", "x", [said("quantity", 9372.74, "9372.74 نقطة", "ليغلق المؤشر العام عند مستوى 9372.74 نقطة بتداولات تجاوزت 4.1 مليارات", "نقطة")], "2015-07-23T17:22:00+03:00"),
    fromOutlet("b", "y", [said("quantity", 9275.2, "9275.20 نقطة", "ليغلق المؤشر العام عند مستوى 9275.20 نقطة بتداولات تجاوزت 4 مليارات", "نقطة")], "2015-07-24T16:05:00+03:00"),
  ], []],
  ["the same two figures without the outlet's own second report: a conflict", [
    fromOutlet("a2", "x", [said("quantity", 9372.74, "9372.74 نقطة", "ليغلق المؤشر العام عند مستوى 9372.74 نقطة بتداولات تجاوزت 4.1 مليارات", "نقطة")], "2015-07-23T17:22:00+03:00"),
    fromOutlet("b", "y", [said("quantity", 9275.2, "9275.20 نقطة", "ليغلق المؤشر العام عند مستوى 9275.20 نقطة بتداولات تجاوزت 4 مليارات", "نقطة")], "2015-07-24T16:05:00+03:00"),
  ], ["count:quantity"]],
  ["one side's toll, named as its ranks and as a people", [
    report("a", [], [read("وأسفرت المعارك عن سقوط 7 قتلى في صفوف الحوثيين في تعز")]),
    report("b", [], [read("وقتل 12 حوثيا في المعارك في تعز")]),
  ], ["count:killed"]],
  // false positives
  ["one side's losses against the whole toll («في صفوف الإرهابيين»)", [
    report("a", [], [read("قتل أربعة أشخاص في الهجوم على الفندق")]),
    report("b", [], [read("وسقط قتيلان في صفوف الإرهابيين في الهجوم على الفندق")]),
  ], []],
  ["each side's losses («في صفوف الحوثيين» / «في صفوف المقاومة»)", [
    report("a", [], [read("سقوط 7 قتلى في صفوف الحوثيين في تعز")]),
    report("b", [], [read("سقوط 3 قتلى في صفوف المقاومة في تعز")]),
  ], []],
  ["opposing forces, named by their patrons (review)", [
    report("a", [], [read("سقوط 7 قتلى في صفوف القوات الموالية لهادي في تعز")]),
    report("b", [], [read("سقوط 12 قتيلا في صفوف قوات صالح في تعز")]),
  ], []],
  ["a side named by a pronoun against the whole toll (Mali, review)", [
    report("a", [], [read("قتل خمسة أشخاص في الهجوم على الفندق في سيفاري")]),
    report("b", [], [read("وأفادوا عن سقوط قتيلين في صفوفهم في الهجوم على الفندق في سيفاري")]),
  ], []],
  ["two sides named by «بصفوفهم» in two reports are not one side (review)", [
    report("a", [], [read("وأعلن الجيش سقوط قتيلين بصفوفهم في الهجوم على الفندق")]),
    report("b", [], [read("وأعلن المسلحون سقوط خمسة قتلى بصفوفهم في الهجوم على الفندق")]),
  ], []],
  ["no losses among one side against the toll (review)", [
    report("a", [], [read("قتل 3 أشخاص في الحريق في الموقع")]),
    report("b", [], [read("ولم تسجل أي خسائر بشرية بين صفوف العاملين في الحريق")]),
  ], []],
  ["a table of figures of one unit (profit, revenue, sales) is not compared figure by figure, even where one seems to answer: a guessed conflict is worse than none", [fromOutlet("a", "x", [said("quantity", 10.11e9, "10.11 مليارات ريال", "حققت الشركة صافي ربح بلغ 10.11 مليارات ريال", "ريال"), said("quantity", 40e9, "40 مليار ريال", "وبلغت الإيرادات 40 مليار ريال", "ريال"), said("quantity", 30e9, "30 مليار ريال", "وبلغت المبيعات 30 مليار ريال", "ريال")]), fromOutlet("b", "y", [said("quantity", 7.1e8, "710 ملايين ريال", "حققت الشركة صافي ربح بلغ 710 ملايين ريال", "ريال")])], []],
  ["«72.837 مترا» and «72837 مترا»: one figure, a dot between thousands", [fromOutlet("a", "x", [said("quantity", 72.837, "72.837 مترا", "سفلتة الطرق بأكثر من 72.837 مترا طوليا", "متر")]), fromOutlet("b", "y", [said("quantity", 72837, "72837 مترا", "سفلتة الطرق بأكثر من 72837 مترا طوليا", "متر")])], []],
  ["two reports of unknown outlets are two voices", [fromOutlet("a", "unknown", [count("killed", 42, 42)]), fromOutlet("b", "unknown", [count("killed", 2, 2)])], ["count:killed"]],
  ["the page read against another outlet, though its own outlet elsewhere agrees with that one", [
    { ...fromOutlet("page", "x", [{ ...count("killed", 12, 12), start: 0, end: 2 }]) },
    fromOutlet("c", "x", [count("killed", 10, 10)]),
    fromOutlet("b", "y", [count("killed", 10, 10)]),
  ], ["count:killed"]],
  // false positives (outlets on one side only)
  ["an outlet's two reports give both figures, another outlet one of them", [fromOutlet("a1", "x", [count("killed", 42, 42)]), fromOutlet("a2", "x", [count("killed", 2, 2)]), fromOutlet("b", "y", [count("killed", 2, 2)])], []],
  ["a sub-count beside the total in one outlet, the total alone in another", [report("a", [], [count("killed", 42, 42), count("killed", 2, 2)]), report("b", [], [count("killed", 42, 42)])], []],
  ["two people under one title, and every outlet names both (العبادي/العبيدي: one skeleton)", [report("a", [minister("حيدر", "العبادي", "عبد"), minister("خالد", "العبيدي", "عبد")]), report("b", [minister("حيدر", "العبادي", "عبد"), minister("خالد", "العبيدي", "عبد")])], []],
  ["spelling variant of the family name (أوستن/أوستين)", [report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("لويد", "أوستين", "استن")])], []],
  ["short and long given name (بات/باتريك)", [report("a", [minister("بات", "رايدر", "ردر")]), report("b", [minister("باتريك", "رايدر", "ردر")])], []],
  ["same title, other country", [report("a", [minister("لويد", "أوستن", "استن", "US")]), report("b", [minister("جيمس", "أوستن", "استن", "IL")])], []],
  ["a slip inside one report only", [report("a", [minister("لويد", "أوستن", "استن"), minister("لويس", "أوستن", "استن")])], []],
  ["at least five vs five", [report("a", [], [count("injured", 5, null)]), report("b", [], [count("injured", 5, 5)])], []],
  ["rockets planned vs fired are two slots", [report("a", [], [count("projectiles_fired", 2, 2)]), report("b", [], [count("projectiles_planned", 5, 5), count("projectiles_fired", 2, 2)])], []],
  ["a people by its nisba and its civilians are two groups", [
    report("a", [], [said("killed", 3, "3 فلسطينيين", "قتل 3 فلسطينيين في انفجار داخل منزل في رفح", "فلسطينيين")]),
    report("b", [], [said("killed", 4, "أربعة مدنيين فلسطينيين", "قتل أربعة مدنيين فلسطينيين في انفجار منزل في رفح", "مدنيين فلسطينيين")]),
  ], []],
  ["soldiers vs contractor are two groups", [report("a", [], [count("killed", 1, 1, "متعاقد")]), report("b", [], [count("killed", 3, 3, "جنود")])], []],
  ["a later, higher toll is an update", [report("a", [], [count("killed", 10, 10)], "2015-08-06T10:00:00+03:00"), report("b", [], [count("killed", 15, 15)], "2015-08-06T18:00:00+03:00")], []],
  ["the same site in both", [report("a", [], [], undefined, [site("ain_al_asad", "عين الأسد")]), report("b", [], [], undefined, [site("ain_al_asad", "قاعدة عين الأسد")])], []],
  ["one report's sub-count beside its total", [report("a", [], [count("injured", 5, null)]), report("b", [], [count("injured", 5, null), count("injured", 1, 1)])], []],
  ["one outlet against itself", [fromOutlet("a", "okaz", [count("killed", 3, 3)]), fromOutlet("b", "okaz", [count("killed", 4, 4)])], []],
  ["two figures of two incidents in one story", [
    report("a", [], [said("injured", 29, "29 جريحا", "واشارت مصادر طبية الى سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس عبدربه منصور هادي واصابة 29 جريحا في المعارك.")]),
    report("b", [], [said("injured", 121, "121 جريحا", "واعلن مدير عام مكتب الصحة والسكان اليمني الخضر لصور ان حصيلة القتلى بين المدنيين السبت في عدن وضواحيها بلغت 17 قتيلا و121 جريحا.")]),
  ], []],
  ["a list of figures is not compared item by item", [
    report("a", [], [said("quantity", 7, "7", "ارتفاع 7 قطاعات مقابل تراجع 8 قطاعات", "n:قطاع"), said("quantity", 8, "8", "ارتفاع 7 قطاعات مقابل تراجع 8 قطاعات", "n:قطاع")]),
    report("b", [], [said("quantity", 9, "9", "ارتفاع 9 قطاعات مقابل تراجع 6 قطاعات", "n:قطاع"), said("quantity", 6, "6", "ارتفاع 9 قطاعات مقابل تراجع 6 قطاعات", "n:قطاع")]),
  ], []],
  ["two markets' figures, alike near the figure but not the same sentence", [
    report("a", [], [said("quantity", 0.6, "0.6 في المائة", "وانخفض مؤشر سوق دبي 0.6 في المائة مع هبوط سهم إعمار العقارية ذو الثقل، وكان الأكثر تداولا في السوق.", "%")]),
    report("b", [], [said("quantity", 0.2, "0.2 في المائة", "وهبط المؤشر العام لسوق أبوظبي 0.2 في المائة مع تراجع سهم مؤسسة الإمارات للاتصالات، وقالت منافستها شركة دو إن أرباحها زادت.", "%")]),
  ], []],
  ["a rounded figure agrees with the precise one", [
    report("a", [], [said("quantity", 15300000, "15.3 مليونا", "مبنى فرع المياه بـ 15.3 مليونا", "")]),
    report("b", [], [said("quantity", 15330033, "15.330.033", "مبنى فرع المياه بقيمة 15.330.033", "")]),
  ], []],
  ["two other currencies", [
    report("a", [], [said("quantity", 5e9, "5 مليار دولار", "صفقة بقيمة 5 مليار دولار", "دولار")]),
    report("b", [], [said("quantity", 5e9, "5 مليار يورو", "صفقة بقيمة 5 مليار يورو", "يورو")]),
  ], []],
  ["two days' closes, dated in their sentences", [
    report("a", [], [said("quantity", 0.76, "0.76%", "أغلق مؤشر السوق أمس منخفضا بنسبة 0.76% عند مستوى 9301 نقطة", "%")], "2015-07-27T17:24:00+03:00"),
    report("b", [], [said("quantity", 2.38, "2.38%", "أغلق مؤشر السوق يوم الاثنين منخفضا بنسبة 2.38% عند مستوى 9080 نقطة", "%")], "2015-07-27T18:40:00+03:00"),
  ], []],
  ["two readings of a market at two clock times (SaudiNewsNet)", [
    report("a", [], [said("quantity", 1089.34, "1089.34 دولار", "ونزل سعر الذهب في السوق الفورية 0.3 بالمئة إلى 1089.34 دولار للأوقية الساعة 1853 بتوقيت جرينتش", "دولار")], "2015-07-24T06:25:00+03:00"),
    report("b", [], [said("quantity", 1101.25, "1101.25 دولار", "وصعد سعر الذهب في السوق الفورية 0.8 بالمئة إلى 1101.25 دولار للأوقية الساعة 0610 بتوقيت جرينتش", "دولار")], "2015-07-24T07:12:00+03:00"),
  ], []],
  ["a morning reading and the close (SaudiNewsNet)", [
    report("a", [], [said("quantity", 23, "23 بالمئة", "ونزل المؤشر الرئيسي للبورصة 23 بالمئة خلال التعاملات الصباحية.", "%")], "2015-08-03T19:55:00+03:00"),
    report("b", [], [said("quantity", 16.2, "16.2 بالمئة", "وأظهرت بيانات أن المؤشر الرئيسي للبورصة نزل 16.2 بالمئة في ختام التعاملات.", "%")], "2015-08-03T21:17:00+03:00"),
  ], []],
  ["a reading at a clock time against one without", [
    report("a", [], [said("quantity", 1089.34, "1089.34 دولار", "ونزل سعر الذهب في السوق الفورية 0.3 بالمئة إلى 1089.34 دولار للأوقية الساعة 1853 بتوقيت جرينتش", "دولار")], "2015-07-24T06:25:00+03:00"),
    report("b", [], [said("quantity", 1101.25, "1101.25 دولار", "وصعد سعر الذهب في السوق الفورية 0.8 بالمئة إلى 1101.25 دولار للأوقية بينما ارتفعت العقود الآجلة", "دولار")], "2015-07-24T07:12:00+03:00"),
  ], []],
  ["reports two days apart tell of two days", [
    report("a", [], [said("quantity", 121e6, "121 مليون سهم", "الأسهم المتداولة 121 مليون سهم", "")], "2015-07-21T02:56:00+03:00"),
    report("b", [], [said("quantity", 143e6, "143 مليون سهم", "الأسهم المتداولة 143 مليون سهم", "")], "2015-07-24T07:32:00+03:00"),
  ], []],
];

// Figures with a unit and zero phrases, compared where the words around them correspond.
const FIGURES: [string, ReportDetails[], string[]][] = [
  ["one deficit, two amounts", [
    report("a", [], [said("quantity", 77e9, "٧٧ مليار", "العجز الأميركي يصل ل ٧٧ مليار", "")]),
    report("b", [], [said("quantity", 66e9, "٦٦ مليار", "عجز الموازنة الأميركية يصل ل٦٦ مليار", "")]),
  ], ["count:quantity"]],
  ["one sentence, two figures (one outlet's typo)", [
    report("a", [], [said("quantity", 2.3e6, "2.3 مليون برميل", "وأظهرت بيانات معهد البترول الأمريكي أمس الثلاثاء زيادة قدرها 2.3 مليون برميل في مخزونات الخام في الولايات المتحدة الاسبوع الماضي", "barrel")]),
    report("b", [], [said("quantity", 3.2e6, "3.2 مليون برميل", "وأظهرت بيانات معهد البترول الأميركي أول من أمس الثلاثاء زيادة قدرها 3.2 مليون برميل في مخزونات الخام في الولايات المتحدة الأسبوع الماضي", "barrel")]),
  ], ["count:quantity"]],
  ["a bare amount meets a currency", [
    report("a", [], [said("quantity", 2.5e9, "2.5 مليار دولار", "مؤسس تسلا يخسر 2.5 مليار دولار", "دولار")]),
    report("b", [], [said("quantity", 1.5e9, "مليار ونصف المليار", "سؤال يكسب مؤسس تسلا مليار ونصف المليار", "")]),
  ], ["count:quantity"]],
  ["no victims against a toll", [
    report("a", [], [said("killed", 9, "9", "مقتل 9 من قوات الحرس الوطني في هجوم مسلح شمال غربي تونس")]),
    report("b", [], [said("killed", 0, "دون وقوع ضحايا", "هجوم مسلح شمال غربي تونس دون وقوع ضحايا")]),
  ], ["count:killed"]],
  ["no victims against a toll whose nearby words differ: a zero tells of the whole incident", [
    report("a", [], [said("killed", 9, "9 قتلى", "سقوط 9 قتلى من قوات الحرس الوطني التونسى في هجوم مسلح شمال غربي البلاد", "قتلى")]),
    report("b", [], [said("killed", 0, "دون وقوع ضحايا", "هجوم مسلح شمال غربي تونس دون وقوع ضحايا")]),
  ], ["count:killed"]],
  ["no injuries against the killed of a group", [
    report("a", [], [said("killed", 7, "7 قتلى", "انقلاب قطار في المغرب و7 قتلى", "قتلى")]),
    report("b", [], [said("injured", 0, "دون وقوع اصابات", "انقلاب قطار في المغرب دون وقوع اصابات")]),
  ], ["count:killed"]],
  ["one reading at one clock time, two figures", [
    report("a", [], [said("quantity", 1089.34, "1089.34 دولار", "ونزل سعر الذهب في السوق الفورية 0.3 بالمئة إلى 1089.34 دولار للأوقية الساعة 18:53 بتوقيت جرينتش", "دولار")]),
    report("b", [], [said("quantity", 1098.34, "1098.34 دولار", "ونزل سعر الذهب في السوق الفورية 0.3 بالمئة إلى 1098.34 دولار للأوقية الساعة 1853 بتوقيت جرينتش", "دولار")]),
  ], ["count:quantity"]],
  ["two closes of one day", [
    report("a", [], [said("quantity", 2.1, "2.1 بالمئة", "وهبط المؤشر الرئيسي للبورصة 2.1 بالمئة في ختام التعاملات.", "%")]),
    report("b", [], [said("quantity", 3.4, "3.4 بالمئة", "وهبط المؤشر الرئيسي للبورصة 3.4 بالمئة عند إغلاق التعاملات.", "%")]),
  ], ["count:quantity"]],
  ["an early election is no morning session (review)", [
    report("a", [], [said("quantity", 40, "40%", "وبلغت نسبة المشاركة 40% في الانتخابات المبكرة بحسب اللجنة", "%")]),
    report("b", [], [said("quantity", 45, "45%", "وبلغت نسبة المشاركة 45% عند إغلاق صناديق الاقتراع في الانتخابات بحسب اللجنة", "%")]),
  ], ["count:quantity"]],
  ["two calendar years are never one rounded", [
    report("a", [], [said("quantity", 2018, "2018", "عام 2018 تخصصه دار نشر بريطانية لنشر مؤلفات المرأة", "calendar-year")]),
    report("b", [], [said("quantity", 2020, "2020", "عام 2020 تخصصه دار نشر بريطانية لنشر مؤلفات المرأة", "calendar-year")]),
  ], ["count:quantity"]],
  ["two lower bounds far apart", [
    report("a", [], [{ ...said("quantity", 30001, "أكثر من 30 ألف زائر", "أكثر من 30 ألف زائر لمعرض الكتاب في يومه الأول", "n:زائر"), max: null }]),
    report("b", [], [{ ...said("quantity", 200001, "أكثر من 200 ألف زائر", "أكثر من 200 ألف زائر لمعرض الكتاب في يومه الأول", "n:زائر"), max: null }]),
  ], ["count:quantity"]],
  ["an acquittal against a prison term", [
    report("a", [], [said("sentence", 6, "6 سنوات", "حكم قضائي بالسجن 6 سنوات للناشط السعودي عيسى النخيفي", "year")]),
    report("b", [], [said("sentence", 0, "براءة", "حكم قضائي ببراءة الناشط السعودي عيسى النخيفي", "")]),
  ], ["count:sentence"]],
  ["an acquittal against a death sentence", [
    report("a", [], [said("sentence", 1, "إعدام", "ليبيا تصدر حكما بإعدام 45 شخصا متهمين بقتل متظاهرين", "death")]),
    report("b", [], [said("sentence", 0, "براءة", "ليبيا تعلن حكما ببراءة 45 شخصا سبق اتهامهم بقتل المتظاهرين", "")]),
  ], ["count:sentence"]],
  ["a people by its nisba and people in general are one group (review)", [
    report("a", [], [read("استشهد 3 فلسطينيين في قصف إسرائيلي على خان يونس")]),
    report("b", [], [read("سقوط 4 شهداء في قصف إسرائيلي على خان يونس")]),
  ], ["count:killed"]],
  ["a people by its nisba and its citizens are one group", [
    report("a", [], [said("killed", 3, "3 فلسطينيين", "قتل 3 فلسطينيين في انفجار داخل منزل في رفح", "فلسطينيين")]),
    report("b", [], [said("killed", 4, "أربعة مواطنين فلسطينيين", "قتل أربعة مواطنين فلسطينيين في انفجار منزل في رفح", "مواطنين فلسطينيين")]),
  ], ["count:killed"]],
  ["«شخصين» and an unnamed group are one group", [
    report("a", [], [said("killed", 5, "5", "مقتل 5 من أفراد الشرطة في اشتباكات مع صوفيين")]),
    report("b", [], [said("killed", 2, "شخصين", "مقتل شخصين في اشتباكات عناصر الشرطة مع الصوفيين", "شخصين")]),
  ], ["count:killed"]],
  ["a figure that is no sum of the other report's is set against them", [
    report("a", [], [
      said("killed", 10, "عشرة", "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع", "منسوبي القوات"),
      said("killed", 3, "ثلاثة", "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع", "العاملين"),
    ]),
    report("b", [], [said("killed", 12, "12", "نتج عنه استشهاد 12 من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع", "منسوبي القوات")]),
  ], ["count:killed"]],
  ["percentages do not add up to a total (review)", [
    report("a", [], [said("quantity", 0.8, "0.8 في المائة", "وارتفع المؤشر العام للسوق 0.8 في المائة في ختام التعاملات", "%")]),
    report("b", [], [
      said("quantity", 0.5, "0.5 في المائة", "وارتفع المؤشر العام للسوق 0.5 في المائة في ختام التعاملات مع ارتفاع سهم سابك 0.3 في المائة", "%"),
      said("quantity", 0.3, "0.3 في المائة", "وارتفع المؤشر العام للسوق 0.5 في المائة في ختام التعاملات مع ارتفاع سهم سابك 0.3 في المائة", "%"),
    ]),
  ], ["count:quantity"]],
  ["a figure of another sentence is no part of a total (review)", [
    report("a", [], [said("killed", 7, "7 أشخاص", "قتل 7 أشخاص في انفجار في السوق المركزي")]),
    report("b", [], [
      said("killed", 5, "5 أشخاص", "قتل 5 أشخاص في انفجار في السوق المركزي"),
      said("killed", 2, "اثنين", "وفي سياق منفصل أعدمت السلطات اثنين من المدانين بتهريب المخدرات"),
    ]),
  ], ["count:killed"]],
  ["a district's toll higher than the country's is no part of it", [
    report("a", [], [said("killed", 15, "15 شخصا", "ذكرت الشرطة أن 15 شخصا لقوا حتفهم جراء انهيارات أرضية في وسط البلاد")]),
    report("b", [], [said("killed", 28, "28 شخصًا", "ذكرت الشرطة أن 28 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم")]),
  ], ["count:killed"]],
  ["two tolls of one locality", [
    report("a", [], [said("killed", 28, "28 شخصا", "ذكرت الشرطة أن 28 شخصا لقوا حتفهم في حي لوملي بعدما طمر انهيار أرضي منازلهم")]),
    report("b", [], [said("killed", 15, "15 شخصًا", "ذكرت الشرطة أن 15 شخصًا لقوا حتفهم في حي لوملي بعدما طمر انهيار أرضي منازلهم")]),
  ], ["count:killed"]],
  ["one attack placed in a region of the country and in its province: no part of a whole", [
    report("a", [], [said("killed", 12, "12 جنديا", "قتل 12 جنديا في هجوم على مخفر حدودي جنوب شرق البلاد")]),
    report("b", [], [said("killed", 5, "5 جنود", "قتل 5 جنود في هجوم على مخفر حدودي في ولاية هكاري")]),
  ], ["count:killed"]],
  ["a sentence with no place, its headline's place containing the other's", [
    headed(report("a", [], [said("killed", 20, "20 شخصا", "قتل 20 شخصا في الهجوم على السوق")]), "هجوم على سوق في محافظة الأنبار"),
    headed(report("b", [], [said("killed", 12, "12 شخصا", "قتل 12 شخصا في الهجوم على سوق الفلوجة المركزي")]), "مقتل 12 في الفلوجة"),
  ], ["count:killed"]],
  ["a province's toll lower than its city's", [
    report("a", [], [said("killed", 5, "خمسة أشخاص", "قتل خمسة أشخاص في قصف على محافظة الأنبار")]),
    report("b", [], [said("killed", 20, "20 شخصا", "قتل 20 شخصا في قصف على مدينة الفلوجة")]),
  ], ["count:killed"]],
  ["a figure alone on its line is its report's toll when it gives no other", [
    report("a", [], [said("killed", 2, "قتيلين", "مع وقوع عملية انتحارية استهدفت مركزا للدرك وأوقعت قتيلين و24 جريحا ونسبت إلى متمردي حزب العمال الكردستاني.")]),
    report("b", [], [said("killed", 26, "26 قتيلا", "26 قتيلا")]),
  ], ["count:killed"]],
  // false positives
  ["a lower bound and a figure under twice it", [
    report("a", [], [{ ...said("killed", 26, "26 قتيلا على الأقل", "مقتل 26 شخصا على الأقل في هجوم انتحاري بكابول"), max: null }]),
    report("b", [], [said("killed", 40, "40 قتيلا", "مقتل 40 شخصا في هجوم انتحاري بكابول")]),
  ], []],
  ["«عدد من» names no figure: it stays open", [
    report("a", [], [{ ...said("injured", 2, "عدد من الجرحى", "سقوط عدد من الجرحى في انفجار بمدينة الصدر"), max: null }]),
    report("b", [], [said("injured", 40, "40 جريحا", "سقوط 40 جريحا في انفجار بمدينة الصدر")]),
  ], []],
  ["one defendant acquitted, another sentenced", [
    report("a", [], [said("sentence", 0, "براءة", "وقضت المحكمة الجزائية ببراءة رجل أعمال من تهمة غسل الأموال", "")]),
    report("b", [], [said("sentence", 10, "10 سنوات", "وحكمت محكمة الاستئناف بسجن مهرب مخدرات 10 سنوات", "year")]),
  ], []],
  ["a figure alone on its line, beside its report's other tolls (SaudiNewsNet)", [
    report("a", [], [said("killed", 2, "قتيلين", "مع وقوع عملية انتحارية استهدفت مركزا للدرك وأوقعت قتيلين و24 جريحا ونسبت إلى متمردي حزب العمال الكردستاني.")]),
    report("b", [], [
      said("killed", 260, "260 قتيلا", "260 قتيلا"),
      said("killed", 6, "ستة أشخاص", "وقتل ستة أشخاص على الأقل في غارات شنتها الطائرات التركية في قرية زاركلي"),
    ]),
  ], []],
  ["a toll of one district against the country's (SaudiNewsNet, Nepal)", [
    report("a", [], [{ ...said("killed", 28, "28 شخصا على الأقل", "ذكرت الشرطة في نيبال امس الخميس أن 28 شخصا على الأقل لقوا حتفهم جراء انهيارات أرضية نتيجة الهطول الغزير للأمطار في وسط البلاد."), max: null }]),
    report("b", [], [said("killed", 15, "15 شخصًا", "وذكرت الشرطة في نيبال اليوم أن 15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم")]),
  ], []],
  ["no deaths against a toll of killed and injured together: all may be injured", [
    report("a", [], [said("killed", 0, "دون وقوع قتلى", "انفجار عبوة ناسفة قرب دورية للشرطة دون وقوع قتلى")]),
    report("b", [], [said("casualties", 4, "4", "مقتل وإصابة 4 في انفجار عبوة ناسفة قرب دورية للشرطة")]),
  ], []],
  ["a sentence with no place happened where its report's headline says (SaudiNewsNet, Anbar and Kirkuk)", [
    headed(report("a", [], [{ ...said("killed", 20, "العشرات", "واشتبكت مع عناصر التنظيم، مما أسفر عن مقتل العشرات من عناصر داعش خلال المواجهات العسكرية"), max: 99 }]), "مصادر عسكرية عراقية: تغيير الخطة الاستراتيجية لتحرير الأنبار"),
    headed(report("b", [], [said("killed", 11, "11", "بعد رصدها رتلا عسكريا للتنظيم قرب محافظة كركوك وتمكنت من قتل 11 من عناصر التنظيم")]), "الجيش العراقي يقتل 11 من داعش"),
  ], []],
  ["a toll of a city against its province's", [
    report("a", [], [said("killed", 20, "20 شخصا", "قتل 20 شخصا في قصف على محافظة الأنبار")]),
    report("b", [], [said("killed", 5, "خمسة أشخاص", "قتل خمسة أشخاص في قصف على مدينة الفلوجة")]),
  ], []],
  ["a roundup's two car bombs in two districts (SaudiNewsNet)", [
    report("a", [], [said("injured", 9, "تسعة", "وقتل ثلاثة عناصر من الجيش والشرطة وأصيب تسعة، في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة الطارمية شمال بغداد.")]),
    report("b", [], [said("injured", 30, "30", "وقال ضابط في الشرطة: «استشهد 16 شخصا على الأقل وجرح 30 في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع» في غرب العاصمة.")]),
  ], []],
  ["a total against its parts: ten of the forces and three workers are thirteen (SaudiNewsNet)", [
    report("a", [], [
      said("killed", 10, "عشرة", "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع", "منسوبي القوات"),
      said("killed", 3, "ثلاثة", "نتج عنه استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين في الموقع", "العاملين"),
    ]),
    report("b", [], [said("killed", 13, "13", "نتج عنه استشهاد 13 من منسوبي القوات ومن العاملين في الموقع", "منسوبي القوات")]),
  ], []],
  ["a total of a unit against its parts (SaudiNewsNet: 22042 + 17183 visits)", [
    report("a", [], [said("quantity", 39225, "39225 مراجعاً", "قدم المستشفى خلال النصف الأول من العام الخدمة لـ 39225 مراجعاً للطوارئ والعيادات", "n:مراجع")]),
    report("b", [], [
      said("quantity", 22042, "22042 مراجعاً", "قدم المستشفى خلال النصف الأول من العام الخدمة لـ 22042 مراجعاً للطوارئ و17183 مراجعاً للعيادات", "n:مراجع"),
      said("quantity", 17183, "17183 مراجعاً", "قدم المستشفى خلال النصف الأول من العام الخدمة لـ 22042 مراجعاً للطوارئ و17183 مراجعاً للعيادات", "n:مراجع"),
    ]),
  ], []],
  ["…and the same when one part's unit is misspelt («مرجعاً» for «مراجعاً», SaudiNewsNet)", [
    report("a", [], [said("quantity", 39225, "39225 مراجعاً", "وأوضح مدير المستشفى أن المستشفى أنجز خلال الفترة من 1 يناير إلى 30 يونيو من العام 2015م، خدمة 39225 مراجعاً للطوارئ والعيادات.", "n:مراجع")]),
    report("b", [], [said("quantity", 22042, "22042 مرجعاً", "وأوضح مدير المستشفى أن المستشفى استقبل خلال الفترة من 1 يناير إلى 30 يونيو 2015 م، 22042 مرجعاً في قسم الطوارئ و17183 مراجعاً، قدمت لهم الخدمات العلاجية في العيادات الخارجية.", "n:مرجع"), said("quantity", 17183, "17183 مراجعاً", "وأوضح مدير المستشفى أن المستشفى استقبل خلال الفترة من 1 يناير إلى 30 يونيو 2015 م، 22042 مرجعاً في قسم الطوارئ و17183 مراجعاً، قدمت لهم الخدمات العلاجية في العيادات الخارجية.", "n:مراجع")]),
  ], []],
  ["…but a part of another unit is no part («زائراً» is not «مراجعاً»)", [
    report("a", [], [said("quantity", 39225, "39225 مراجعاً", "وأوضح مدير المستشفى أن المستشفى أنجز خلال الفترة من 1 يناير إلى 30 يونيو من العام 2015م، خدمة 39225 مراجعاً للطوارئ والعيادات.", "n:مراجع")]),
    report("b", [], [said("quantity", 22042, "22042 زائراً", "وأوضح مدير المستشفى أن المستشفى استقبل خلال الفترة من 1 يناير إلى 30 يونيو 2015 م، 22042 زائراً في قسم الطوارئ و17183 مراجعاً، قدمت لهم الخدمات العلاجية في العيادات الخارجية.", "n:زائر"), said("quantity", 17183, "17183 مراجعاً", "وأوضح مدير المستشفى أن المستشفى استقبل خلال الفترة من 1 يناير إلى 30 يونيو 2015 م، 22042 زائراً في قسم الطوارئ و17183 مراجعاً، قدمت لهم الخدمات العلاجية في العيادات الخارجية.", "n:مراجع")]),
  ], ["count:quantity"]],
  ["all the injured a hospital admitted against those still in its care (SaudiNewsNet)", [
    report("a", [], [said("injured", 40, "40 مصاباً", "وأوضح أن طوارئ مستشفى عسير المركزي استقبلت يوم أمس 40 مصاباً، و15 حالة وفاة جراء التفجير")]),
    report("b", [], [said("injured", 24, "24 مصابا", "24 مصابا يتلقون العلاج بـ «مركزي» عسير و 8 غادروا المستشفيات")]),
  ], []],
  ["those still in care against those sent home", [
    report("a", [], [said("injured", 24, "24 مصابا", "ولا يزال 24 مصابا يتلقون العلاج في المستشفى")]),
    report("b", [], [said("injured", 16, "16 مصابا", "وغادر 16 مصابا المستشفى بعد تلقيهم العلاج")]),
  ], []],
  ["two counts of those still in care", [
    report("a", [], [said("injured", 24, "24 مصابا", "24 مصابا يتلقون العلاج في مستشفى عسير المركزي")]),
    report("b", [], [said("injured", 30, "30 مصابا", "30 مصابا لا يزالون يتلقون العلاج في مستشفى عسير المركزي")]),
  ], ["count:injured"]],
  ["killed and injured told as one toll against the injured alone (SaudiNewsNet)", [
    report("a", [], [said("injured", 3, "ثلاثة آخرين", "أعلنت وزارة الداخلية المصرية مقتل شرطي وإصابة ثلاثة آخرين في هجوم مسلح على سيارة ترحيلات")]),
    report("b", [], [said("casualties", 4, "4", "مقتل وإصابة 4 في هجوم مسلح على سيارة ترحيلات")]),
  ], []],
  ["a death sentence and a life sentence are not compared", [
    report("a", [], [said("sentence", 1, "إعدام", "حكم بإعدام المتهم الأول في قضية التفجير", "death")]),
    report("b", [], [said("sentence", 1, "المؤبد", "حكم بالسجن المؤبد على المتهم الأول في قضية التفجير", "life")]),
  ], []],
  ["a morning crash and an evening crash on one road (SaudiNewsNet, the Red Crescent's statements)", [
    fromOutlet("a", "3alyoum", [said("killed", 2, "شخصان", "لقي شخصان مصرعهما وأصيب 4 آخرون في حادث مروري وقع صباح اليوم بطريق الدمام")], "2015-07-31T12:13:44+03:00"),
    fromOutlet("b", "sabq", [said("killed", 1, "شخص", "لقي شخص مصرعه، وأُصيب أربعة آخرون مساء اليوم، إثر حادث مروري مأساوي على طريق الرياض")], "2015-07-31T21:51:38+03:00"),
  ], []],
  ["…and their figures whose quotes name no time, by their reports' leads", [
    { ...fromOutlet("a", "3alyoum", [said("killed", 2, "وفاة شخصين", "وباشرت الحادث الذي خلّف وفاة شخصين وإصابة آخر إصابة حرجة")], "2015-07-31T12:13:44+03:00"), partsOfDay: ["morning"] },
    { ...fromOutlet("b", "sabq", [said("killed", 1, "حالة وفاة واحدة", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")], "2015-07-31T21:51:38+03:00"), partsOfDay: ["evening"] },
  ], []],
  ["…but the same two figures told at no time are one crash told twice", [
    fromOutlet("a", "3alyoum", [said("killed", 2, "وفاة شخصين", "وباشرت الحادث الذي خلّف وفاة شخصين وإصابة آخر إصابة حرجة")], "2015-07-31T12:13:44+03:00"),
    fromOutlet("b", "sabq", [said("killed", 1, "حالة وفاة واحدة", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")], "2015-07-31T21:51:38+03:00"),
  ], ["count:killed"]],
  ["…and a quote's own time goes before its report's lead's", [
    { ...fromOutlet("a", "x", [said("killed", 2, "شخصان", "لقي شخصان مصرعهما صباح اليوم في حادث مروري")], "2015-07-31T12:13:44+03:00"), partsOfDay: ["evening"] },
    { ...fromOutlet("b", "y", [said("killed", 1, "شخص", "لقي شخص مصرعه في حادث مروري")], "2015-07-31T21:51:38+03:00"), partsOfDay: ["morning"] },
  ], ["count:killed"]],
  ["a toll against another told with the time of its statement, not of the attack (review)", [
    fromOutlet("a", "x", [said("killed", 9, "تسعة جنود", "قتل تسعة جنود في هجوم على حاجز للجيش في العريش صباح اليوم")], "2015-08-03T10:00:00+03:00"),
    fromOutlet("b", "y", [said("killed", 5, "خمسة جنود", "قتل خمسة جنود في هجوم على حاجز للجيش في العريش، بحسب ما أعلن الجيش مساء اليوم")], "2015-08-03T21:00:00+03:00"),
  ], ["count:killed"]],
  ["a night attack told by the night and by the dawn after it is one attack", [
    fromOutlet("a", "x", [said("killed", 9, "تسعة", "قتل تسعة جنود في هجوم على حاجز ليل الأحد")], "2015-08-03T10:00:00+03:00"),
    fromOutlet("b", "y", [said("killed", 5, "خمسة", "قتل خمسة جنود في هجوم على حاجز فجر الاثنين")], "2015-08-03T11:00:00+03:00"),
  ], ["count:killed"]],
  ["… also when one calls it a new attack («هجوم جديد» is no day's tally of new cases; review)", [
    fromOutlet("a", "x", [said("killed", 9, "تسعة جنود", "قتل تسعة جنود في هجوم جديد على حاجز ليل الأحد")], "2015-08-03T10:00:00+03:00"),
    fromOutlet("b", "y", [said("killed", 5, "خمسة", "قتل خمسة جنود في هجوم على حاجز فجر الاثنين")], "2015-08-03T11:00:00+03:00"),
  ], ["count:killed"]],
  ["a report headed as two separate crashes: its second crash's quote lost the «الحادث الثاني» (SaudiNewsNet)", [
    headed(fromOutlet("a", "3alyoum", [said("injured", 8, "8 إصابات", "…المريبض أنه تصادم بعد الحوميات باتجاه الغرب نتج عنه حالة وفاة وإصابة حرجة و8 إصابات متوسطة")]), "مصرع 3 وإصابة 12 بحادثين منفصلين في الرياض"),
    fromOutlet("b", "sabq", [said("injured", 4, "4 إصابات", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")]),
  ], []],
  ["…and a report headed as several crashes (SaudiNewsNet)", [
    headed(fromOutlet("a", "okaz", [said("injured", 3, "ثلاث إصابات", "أن الحادث أسفر عن حالتي وفاة وإصابة حرجة وثلاث إصابات متوسطة")]), "مصرع 7 وإصابة 9 في حوادث مرورية"),
    fromOutlet("b", "sabq", [said("injured", 4, "4 إصابات", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")]),
  ], []],
  ["…and a report headed as two crashes, without «منفصلين»", [
    headed(fromOutlet("a", "3alyoum", [said("injured", 8, "8 إصابات", "نتج عنه حالة وفاة وإصابة حرجة و8 إصابات متوسطة")]), "مصرع 3 وإصابة 12 بحادثين في الرياض"),
    fromOutlet("b", "sabq", [said("injured", 4, "4 إصابات", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")]),
  ], []],
  ["…but not one headed as one crash of a series («سلسلة حوادث», review)", [
    headed(fromOutlet("a", "x", [said("killed", 3, "3", "توفي 3 أشخاص في حادث مروري على طريق الدمام")]), "مصرع 3 في حادث مروري جديد يضاف لسلسلة حوادث طريق الدمام"),
    fromOutlet("b", "y", [said("killed", 5, "5", "توفي 5 أشخاص في حادث مروري على طريق الدمام")]),
  ], ["count:killed"]],
  ["…nor a quote that names the emergency ward («قسم الحوادث», review)", [
    fromOutlet("a", "x", [said("killed", 3, "3", "توفي 3 أشخاص على طريق الدمام ونقل المصابون إلى قسم الحوادث")]),
    fromOutlet("b", "y", [said("killed", 5, "5", "توفي 5 أشخاص على طريق الدمام")]),
  ], ["count:killed"]],
  ["…nor a twin attack («في هجومين انتحاريين استهدفا مسجدا», review)", [
    headed(fromOutlet("a", "x", [said("killed", 30, "30 شخصا", "قتل 30 شخصا في هجومين انتحاريين استهدفا مسجدا في صنعاء")]), "مقتل 30 في هجومين انتحاريين على مسجد في صنعاء"),
    fromOutlet("b", "y", [said("killed", 25, "25 شخصا", "قتل 25 شخصا في هجومين انتحاريين استهدفا مسجدا في صنعاء")]),
  ], ["count:killed"]],
  ["…but the same figure in a report headed as one crash is set against the other", [
    headed(fromOutlet("a", "okaz", [said("injured", 3, "ثلاث إصابات", "أن الحادث أسفر عن حالتي وفاة وإصابة حرجة وثلاث إصابات متوسطة")]), "مصرع شخصين وإصابة 4 في حادث مروري"),
    fromOutlet("b", "sabq", [said("injured", 4, "4 إصابات", "وأضاف المريبض بأنه نتج من الحادث حالة وفاة واحدة و4 إصابات")]),
  ], ["count:injured"]],
  ["a zero of one shooting against the toll of another, their sentences sharing a few words (SaudiNewsNet)", [
    report("a", [], [said("killed", 0, "لم يسفر عن سقوط ضحايا", "كما شهدت إسطنبول إطلاق نار قرب مقر القنصلية الأمريكية في حي ساريير على الجانب الأوروبي من المدينة، لم يسفر عن سقوط ضحايا.")]),
    report("b", [], [said("killed", 3, "مهاجمين اثنين وشرطيا", "قالت وكالة دوجان التركية للأنباء يوم أمس إن مهاجمين اثنين وشرطيا قُتلوا في تبادل لإطلاق النار مع الشرطة.")]),
  ], []],
  ["a zero of one incident against the toll of another in the same story", [
    report("a", [], [said("killed", 0, "لم يسفر عن سقوط ضحايا", "كما شهدت إسطنبول إطلاق نار قرب مقر القنصلية الأمريكية في حي ساريير على الجانب الأوروبي من المدينة، لم يسفر عن سقوط ضحايا.")]),
    report("b", [], [{ ...said("killed", 8, "ثمانية أشخاص على الأقل", "أطلقت امرأتان النار على القنصلية الأمريكية في اسطنبول اليوم الاثنين وقتل ثمانية أشخاص على الأقل في موجة من الهجمات المنفصلة على قوات الأمن التركية"), max: null }]),
  ], []],
];

describe("compareReports", () => {
  it.each([...CASES, ...FIGURES])("%s", (_label, reports, expected) => {
    expect(compareReports(reports).map((c) => `${c.kind}:${c.slot}`)).toEqual(expected);
  });

  it("a later, lower toll is flagged", () => {
    const later = compareReports([
      report("a", [], [count("killed", 15, 15)], "2015-08-06T10:00:00+03:00"),
      report("b", [], [count("killed", 10, 10)], "2015-08-06T18:00:00+03:00"),
    ]);
    expect(later.map((c) => c.slot)).toEqual(["killed"]);
  });

  it("lists every value with the reports that give it", () => {
    const [c] = compareReports([report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("جيمس", "أوستن", "استن")]), report("c", [minister("لويد", "أوستن", "استن")])]);
    expect(c!.values.map((v) => [v.value, v.report])).toEqual([
      ["لويد أوستن", "a"],
      ["لويد أوستن", "c"],
      ["جيمس أوستن", "b"],
    ]);
  });
});

describe("the injured in one condition are a part, compared only with that part", () => {
  // [label, reports, expected conflicts as "slot:condition:values"]
  const about = (r: ReportDetails[]) => compareReports(r).map((c) => `${c.slot}:${c.condition ?? ""}:${c.values.map((v) => v.value).join("/")}`);
  const NINE = "وأصيب 9 أشخاص في حادث التصادم، ثلاثة منهم إصاباتهم بالغة";
  const CONDITIONS: [string, ReportDetails[], string[]][] = [
    ["3 vs 5 in a serious condition, the same total", [
      report("a", [], [read("وأصيب 9 أشخاص في حادث التصادم، ثلاثة منهم إصاباتهم بالغة"), read("وأصيب 9 أشخاص في حادث التصادم، ثلاثة منهم إصاباتهم بالغة", 1)]),
      report("b", [], [read("وأصيب 9 أشخاص في حادث التصادم، خمسة منهم إصاباتهم بالغة"), read("وأصيب 9 أشخاص في حادث التصادم، خمسة منهم إصاباتهم بالغة", 1)]),
    ], ["injured:serious:3/5"]],
    ["a zero of the seriously injured against a figure of them", [
      report("a", [], [read("وانتهى حادث التصادم دون وقوع إصابات خطيرة")]),
      report("b", [], [read("وأصيب 4 أشخاص بجروح خطيرة في حادث التصادم")]),
    ], ["injured:serious:0/4"]],
    ["a toll told with its condition is the report's toll", [
      report("a", [], [read("وأصيب 4 أشخاص بجروح خطيرة في حادث التصادم")]),
      report("b", [], [read("وأصيب 7 أشخاص في حادث التصادم")]),
    ], ["injured::4/7"]],
    ["a part is no addend of a total («9، ثلاثة منهم» is not 12)", [
      report("a", [], [read(NINE), read(NINE, 1)]),
      report("b", [], [read("وأصيب 12 شخصا في حادث التصادم")]),
    ], ["injured::9/12"]],
    ["two tolls told with one condition meet among the totals, and once more only beside a part of that condition", [
      report("a", [], [read("وأصيب 4 أشخاص بجروح خطيرة في حادث التصادم")]),
      report("b", [], [read("وأصيب 3 أشخاص بجروح خطيرة في حادث التصادم")]),
      report("c", [], [read("وانتهى حادث التصادم دون وقوع إصابات خطيرة")]),
    ], ["injured::4/3", "injured:serious:0/4/3"]],
    // false positives: a part against a total, a condition against another
    ["the seriously injured against all the injured", [
      report("a", [], [read(NINE), read(NINE, 1)]),
      report("b", [], [read("وأصيب 9 أشخاص في حادث التصادم")]),
    ], []],
    ["no serious injuries against minor ones", [
      report("a", [], [read("وانتهى حادث التصادم دون وقوع إصابات خطيرة")]),
      report("b", [], [read("وأصيب 4 أشخاص بجروح طفيفة في حادث التصادم")]),
    ], []],
    ["moderate cases against serious ones", [
      report("a", [], [read("ونتج عن حادث التصادم 6 إصابات بينهم 5 حالات متوسطة"), read("ونتج عن حادث التصادم 6 إصابات بينهم 5 حالات متوسطة", 1)]),
      report("b", [], [read("ونتج عن حادث التصادم 6 إصابات بينهم 2 حالات خطيرة"), read("ونتج عن حادث التصادم 6 إصابات بينهم 2 حالات خطيرة", 1)]),
    ], []],
  ];
  it.each(CONDITIONS)("%s", (_label, reports, expected) => expect(about(reports)).toEqual(expected));
});

describe("a disease's cases and deaths are compared among themselves, by the day", () => {
  const about = (r: ReportDetails[]) => compareReports(r).map((c) => `${c.slot}:${c.values.map((v) => v.value).join("/")}`);
  const THURSDAY = "2015-08-06T12:00:00+03:00";
  const FRIDAY = "2015-08-07T09:00:00+03:00";
  const DISEASE: [string, ReportDetails[], string[]][] = [
    ["two outlets' cases of one day", [
      report("a", [], [read("أعلنت وزارة الصحة اليوم تسجيل 4 حالات إصابة جديدة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("أعلنت وزارة الصحة اليوم تسجيل 6 حالات إصابة جديدة بفيروس كورونا في الرياض")], THURSDAY),
    ], ["infected:4/6"]],
    ["no deaths against deaths of one day", [
      report("a", [], [read("وأكدت وزارة الصحة اليوم تسجيل حالتي وفاة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("وأكدت وزارة الصحة اليوم عدم تسجيل أي حالات وفاة بفيروس كورونا في الرياض")], THURSDAY),
    ], ["disease_deaths:2/0"]],
    // false positives: another day's tally, a death against cases, cases against a toll of violence
    ["Wednesday's deaths told on Thursday against Friday's none", [
      report("a", [], [read("وأعلنت وزارة الصحة أمس تسجيل 4 حالات وفاة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("وأكدت وزارة الصحة عدم تسجيل أي حالات وفاة بفيروس كورونا خلال الـ 24 ساعة الماضية")], FRIDAY),
    ], []],
    ["no deaths against new cases", [
      report("a", [], [read("وأكدت وزارة الصحة اليوم تسجيل 4 إصابات مؤكدة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("وأكدت وزارة الصحة اليوم عدم وقوع أي حالات وفاة بفيروس كورونا في الرياض")], THURSDAY),
    ], []],
    ["a higher tally told later the same day is taken for its update, not set against it", [
      report("a", [], [read("أعلنت وزارة الصحة اليوم تسجيل 4 حالات إصابة جديدة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("أعلنت وزارة الصحة اليوم تسجيل 6 حالات إصابة جديدة بفيروس كورونا في الرياض")], "2015-08-06T20:00:00+03:00"),
    ], []],
    ["a disease's cases against the injured of a crash", [
      report("a", [], [read("وأكدت وزارة الصحة اليوم تسجيل 4 إصابات مؤكدة بفيروس كورونا في الرياض")], THURSDAY),
      report("b", [], [read("وأكدت وزارة الصحة اليوم إصابة 6 أشخاص في الرياض")], THURSDAY),
    ], []],
  ];
  it.each(DISEASE)("%s", (_label, reports, expected) => expect(about(reports)).toEqual(expected));
});

describe("one toll a report tells twice is one value", () => {
  const about = (r: ReportDetails[]) => compareReports(r).map((c) => `${c.slot}:${c.values.map((v) => v.value).join("/")}`);
  it.each([
    ["the headline's toll and the lead's, in the same words", [
      report("a", [], [read("قتل 4 أشخاص في انفجار سيارة مفخخة في سوق شعبي"), read("قتل 4 أشخاص في انفجار سيارة مفخخة في سوق شعبي")]),
      report("b", [], [read("قتل 6 أشخاص في انفجار سيارة مفخخة في سوق شعبي")]),
    ], ["killed:4/6"]],
    ["no dead and no injured, against both (review)", [
      report("a", [], [read("وقال مصدر أمني إن 2 من عناصر الشرطة قتلوا وأصيب 3 آخرون في انفجار عبوة ناسفة استهدفت دورية في المدينة"), read("وقال مصدر أمني إن 2 من عناصر الشرطة قتلوا وأصيب 3 آخرون في انفجار عبوة ناسفة استهدفت دورية في المدينة", 1)], "2015-08-06T10:00:00+03:00"),
      report("b", [], [read("وقال مصدر أمني إن عبوة ناسفة انفجرت قرب دورية للشرطة في المدينة ولم تسفر عن وقوع قتلى أو جرحى"), read("وقال مصدر أمني إن عبوة ناسفة انفجرت قرب دورية للشرطة في المدينة ولم تسفر عن وقوع قتلى أو جرحى", 1)], "2015-08-06T14:00:00+03:00"),
    ], ["killed:2/0", "injured:3/0"]],
  ] as [string, ReportDetails[], string[]][])("%s", (_label, reports, expected) => expect(about(reports)).toEqual(expected));
});

describe("a zero meets a toll by its sentence only when no figure meets it by its nearby words (review)", () => {
  it("sets the toll against the other toll, not against the zero beside it", () => {
    const [c] = compareReports([
      report("a", [], [said("killed", 7, "7 أشخاص", "قتل 7 أشخاص في هجوم مسلح على حافلة")]),
      report("b", [], [
        said("killed", 5, "5 أشخاص", "قتل 5 أشخاص في هجوم مسلح على حافلة في سيناء، دون وقوع ضحايا بين المدنيين"),
        said("killed", 0, "دون وقوع ضحايا", "قتل 5 أشخاص في هجوم مسلح على حافلة في سيناء، دون وقوع ضحايا بين المدنيين"),
      ]),
    ]);
    expect(c?.values.map((v) => v.value).sort()).toEqual(["5", "7"]);
  });
});

describe("findings", () => {
  it("marks a count conflict between named claimants as disputed", () => {
    const [c] = compareReports([
      report("a", [], [attributed(count("killed", 5, 5), "وزارة الصحة")]),
      report("b", [], [attributed(count("killed", 9, 9), "شهود عيان")]),
    ]);
    expect(c).toMatchObject({ kind: "count", disputed: true });
    expect(c!.values.map((v) => v.attribution)).toEqual(["وزارة الصحة", "شهود عيان"]);
  });
  it("lists details several reports confirm as agreements, and only those", () => {
    const { agreements } = findings([
      report("a", [minister("لويد", "أوستن", "استن")], [count("injured", 5, null), count("projectiles_fired", 2, 2)]),
      report("b", [minister("لويد", "أوستن", "استن")], [count("injured", 5, 5)]),
    ]);
    expect(agreements.map((a) => `${a.kind}:${a.slot}=${a.value}`).sort()).toEqual(["count:injured=5", "person:defense_minister:US=لويد أوستن"]);
  });
  it("does not take a morning crash's and an evening crash's equal tolls for one confirmed toll (review)", () => {
    const crash = (id: string, part: "morning" | "evening") => ({ ...fromOutlet(id, `outlet-${id}`, [said("killed", 2, "شخصان", "لقي شخصان مصرعهما في حادث مروري")], "2015-07-31T22:00:00+03:00"), partsOfDay: [part] });
    expect(findings([crash("a", "morning"), crash("b", "evening")]).agreements).toEqual([]);
    expect(findings([crash("a", "morning"), crash("b", "morning")]).agreements.map((a) => `${a.slot}=${a.value}`)).toEqual(["killed=2"]);
  });
  it("gives an agreement the spans where the report being read gives it, and none when only stored reports do", () => {
    const atPage = <T extends object>(d: T, start: number, end: number) => ({ ...d, start, end });
    const { agreements } = findings([
      report("page", [atPage(minister("لويد", "أوستن", "استن"), 40, 50)], [atPage(count("injured", 5, null), 90, 95)]),
      report("b", [minister("لويد", "أوستن", "استن")], [count("injured", 5, 5)]),
    ]);
    expect(Object.fromEntries(agreements.map((a) => [a.slot, a.spans]))).toEqual({ "defense_minister:US": [{ start: 40, end: 50 }], injured: [{ start: 90, end: 95 }] });
    const stored = findings([report("a", [minister("لويد", "أوستن", "استن")]), report("b", [minister("لويد", "أوستن", "استن")])]);
    expect(stored.agreements[0]).not.toHaveProperty("spans");
  });
});

describe("independent voices", () => {
  const austin = () => minister("لويد", "أوستن", "استن");
  const from = (id: string, source: string, copyOf?: string): ReportDetails => ({ ...report(id, [austin()], [count("injured", 5, 5)]), source, ...(copyOf ? { copyOf } : {}) });
  // [label, reports, expected voices of the agreements (none: no agreement)]
  const VOICES: [string, ReportDetails[], number | null][] = [
    ["two outlets", [from("a", "reuters"), from("b", "aawsat")], 2],
    ["three outlets, one reprinting another: two voices", [from("a", "reuters"), from("b", "aawsat", "a"), from("c", "okaz")], 2],
    ["two reports of unknown outlets are two voices", [from("a", "unknown"), from("b", "unknown")], 2],
    // false positives: one voice is no confirmation
    ["two reports of one outlet", [from("a", "okaz"), from("b", "okaz")], null],
    ["a wire story and its reprint elsewhere", [from("a", "reuters"), from("b", "aawsat", "a")], null],
  ];
  it.each(VOICES)("%s", (_label, reports, voices) => {
    const { agreements } = findings(reports);
    expect(agreements.map((a) => a.voices)).toEqual(voices === null ? [] : [voices, voices]);
  });
});

describe("toll updates", () => {
  const at = (hour: number) => `2015-08-06T${String(hour).padStart(2, "0")}:00:00+03:00`;
  // [label, reports, expected timeline as "slot: values oldest first"]
  const UPDATES: [string, ReportDetails[], string[]][] = [
    ["a later, higher toll", [report("b", [], [count("killed", 15, 15)], at(18)), report("a", [], [count("killed", 10, 10)], at(10))], ["killed: 10 → 15"]],
    ["three reports, rising", [report("a", [], [count("injured", 3, 3)], at(8)), report("b", [], [count("injured", 7, 7)], at(12)), report("c", [], [count("injured", 12, 12)], at(20))], ["injured: 3 → 7 → 12"]],
    [
      "worded apart, the later told as a rise",
      [fromOutlet("a", "x", [said("killed", 27, "27", "حصيلة الضحايا التي تتحدث عن مصرع 27 شخصا في الفيضانات")], at(9)), fromOutlet("b", "y", [said("killed", 46, "46", "ارتفاع حصيلة الضحايا في الفيضانات إلى 46 شخصا")], at(21))],
      ["killed: 27 → 46"],
    ],
    [
      "those still in care, fewer later",
      [fromOutlet("a", "x", [said("injured", 24, "24 مصابا", "24 مصابا يتلقون العلاج في مستشفى عسير المركزي")], at(7)), fromOutlet("b", "y", [said("injured", 5, "خمسة مصابين", "خمسة مصابين ما زالوا يتلقون العلاج في مستشفى عسير المركزي")], at(20))],
      ["injured: 24 → 5"],
    ],
    [
      "killed and injured told as one toll, later higher",
      [fromOutlet("a", "x", [said("casualties", 20, "20 شخصا", "مقتل وإصابة 20 شخصا في انفجار سيارة مفخخة في بعقوبة")], at(9)), fromOutlet("b", "y", [said("casualties", 45, "45 شخصا", "مقتل وإصابة 45 شخصا في انفجار سيارة مفخخة في بعقوبة")], at(21))],
      ["casualties: 20 → 45"],
    ],
    [
      "a toll told in the morning and risen by the evening (SaudiNewsNet, the Mali hotel siege)",
      [
        { ...fromOutlet("a", "x", [said("killed", 4, "أربعة أشخاص", "قتل أربعة أشخاص في هجوم استهدف فندقا في مدينة سيفاري")], at(9)), partsOfDay: ["morning"] },
        { ...fromOutlet("b", "y", [said("killed", 8, "ثمانية قتلى", "ارتفاع حصيلة القتلى في هجوم استهدف فندقا في مدينة سيفاري إلى ثمانية قتلى")], at(21)), partsOfDay: ["evening"] },
      ],
      ["killed: 4 → 8"],
    ],
    // false positives
    [
      "worded apart and not told as a rise: another incident, more likely than a rise",
      [fromOutlet("a", "x", [said("killed", 5, "خمسة", "وقد قتل آنذاك خمسة جنود أفغان بصاروخ أطلقته قوة إيساف التابعة للحلف الأطلسي")], at(9)), fromOutlet("b", "y", [said("killed", 10, "عشرة", "قتل عشرة جنود أفغان على الأقل صباح أمس في غارة أميركية على حاجز للجيش في ولاية لوغار")], at(21))],
      [],
    ],
    ["a later, lower toll is a conflict, not an update", [report("a", [], [count("killed", 15, 15)], at(10)), report("b", [], [count("killed", 10, 10)], at(18))], []],
    ["the same toll twice", [report("a", [], [count("killed", 10, 10)], at(10)), report("b", [], [count("killed", 10, 10)], at(18))], []],
    ["no publication times: order unknown, so a conflict", [report("a", [], [count("killed", 10, 10)]), report("b", [], [count("killed", 15, 15)])], []],
    ["those still in care, more later: they are not sent home upwards (SaudiNewsNet, Asir)", [
      fromOutlet("a", "x", [said("injured", 5, "خمسة مصابين", "أن خمسة مصابين ما زالوا يتلقون العلاج في قسم الجراحة العامة بمستشفى عسير المركزي")], "2015-08-08T06:10:00+03:00"),
      fromOutlet("b", "y", [said("injured", 24, "24 مصابا", "24 مصابا يتلقون العلاج بـ «مركزي» عسير و 8 غادروا المستشفيات")], "2015-08-08T06:59:00+03:00"),
    ], []],
    ["rockets fired do not accumulate", [report("a", [], [count("projectiles_fired", 2, 2)], at(10)), report("b", [], [count("projectiles_fired", 5, 5)], at(18))], []],
    ["days apart: another day's toll", [report("a", [], [count("killed", 10, 10)], "2015-08-01T10:00:00+03:00"), report("b", [], [count("killed", 15, 15)], at(18))], []],
    ["a day's new cases and the next day's are two tallies (SaudiNewsNet, the ministry's daily figures)", [
      fromOutlet("a", "x", [read("أعلنت وزارة الصحة اليوم الأثنين عن تسجيل حالتي إصابة جديدة بفيروس كورونا في الرياض")], "2015-08-03T19:53:00+03:00"),
      fromOutlet("b", "y", [read("أعلنت وزارة الصحة اليوم الثلاثاء عن تسجيل 4 حالات إصابة مؤكدة بفيروس كورونا في الرياض")], "2015-08-04T18:15:00+03:00"),
    ], []],
  ];
  it.each(UPDATES)("%s", (_label, reports, expected) => {
    const { updates, conflicts } = findings(reports);
    expect(updates.map((u) => `${u.slot}: ${u.values.map((v) => v.value).join(" → ")}`)).toEqual(expected);
    if (expected.length) expect(conflicts.filter((c) => c.kind === "count")).toEqual([]);
  });

  it("a day's new cases told the same day by another outlet, higher later, still rise", () => {
    const { updates } = findings([
      fromOutlet("a", "x", [read("أعلنت وزارة الصحة اليوم الأثنين عن تسجيل حالتي إصابة جديدة بفيروس كورونا في الرياض")], "2015-08-03T12:00:00+03:00"),
      fromOutlet("b", "y", [read("أعلنت وزارة الصحة اليوم الأثنين عن تسجيل 4 حالات إصابة جديدة بفيروس كورونا في الرياض")], "2015-08-03T19:00:00+03:00"),
    ]);
    expect(updates.map((u) => u.values.map((v) => v.value).join(" → "))).toEqual(["2 → 4"]);
  });

  it("a later, higher figure of those still in care is flagged", () => {
    const { conflicts } = findings(UPDATES.find(([label]) => label.startsWith("those still in care, more later"))![1]);
    expect(conflicts.map((c) => `${c.slot}: ${c.values.map((v) => v.value).join(" / ")}`)).toEqual(["injured: 5 / 24"]);
  });
});
