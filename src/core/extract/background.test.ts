import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [span text, background?] of every count in a text published in mid-2015. */
const flagged = (s: string) => extractDetails(s, { published: "2015-07-25T10:00:00+03:00" }).counts.map((c) => [c.text, c.background === true]);

const CASES: [string, string, (string | boolean)[][]][] = [
  ["a running total since the war began", "وقتل أكثر من 3500 شخص منذ اندلاع الحرب.", [["أكثر من 3500 شخص", true]]],
  ["a past month", "وأدى هجوم في مارس الماضي إلى مقتل 22 شخصا.", [["22 شخصا", true]]],
  ["an aside", "يذكر أن الهجوم أسفر عن مقتل 4 جنود.", [["4 جنود", true]]],
  ["so far", "بلغ عدد القتلى حتى الآن 400 قتيل.", [["400 قتيل", true]]],
  ["another incident", "وفي حادثة منفصلة، قتل جندي تركي وجرح اربعة آخرون.", [["جندي تركي", true], ["اربعة", true]]],
  ["another incident «from another side»", "من جانب آخر، قتل أحد مسلحي المقاومة وأصيب خمسة آخرون بقذيفة هاون.", [["خمسة", true]]],
  ["an earlier year", "أطلق مسلح النار في 2012 داخل سينما مما أدى الى مقتل 12 شخصا.", [["12 شخصا", true]]],
  ["another month, no year: last year's incident", "وفي نوفمبر (تشرين الثاني)، قتل 55 شخصا في هجوم وقع في واغا.", [["55 شخصا", true]]],
  ["a month long before the report", "وقتل 20 شخصا في أبريل في هجوم مماثل.", [["20 شخصا", true]]],
  ["an earlier toll told in the pluperfect, beside the report's own", "قتل 12 شخصا في تحطم مروحية عسكرية. وكانت مصادر عسكرية قد أعلنت الليلة الماضية عن مقتل تسعة أشخاص.", [["12 شخصا", false], ["تسعة أشخاص", true]]],
  ["a total over a week of raids", "تحدثت الوكالة عن مقتل حوالي 260 متمردا خلال أسبوع من الغارات.", [["حوالي 260 متمردا", true]]],
  ["a total over months, their number in digits", "مبينا أن 750 شخصا قتلوا في معارك عدن خلال 3 أشهر من الاشتباكات.", [["750 شخصا", true], ["3 أشهر", true]]],
  ["… in words", "مبينا أن 750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات.", [["750 شخصا", true], ["ثلاثة أشهر", true]]],
  ["what analysts expected", "وارتفعت المخزونات 5.2 مليون برميل، في حين كانت التوقعات تشير إلى انخفاض قدره 3.2 مليون برميل.", [["5.2 مليون برميل", false], ["3.2 مليون برميل", true]]],
  ["a toll forecast to rise", "قتل 5 أشخاص ويتوقع أن يرتفع عدد القتلى إلى 20 قتيلا.", [["5 أشخاص", false], ["20 قتيلا", true]]],
  ["a request to be filed next week (SaudiNewsNet)", "يعتزم البنك التقدم لهيئة الرقابة المالية الأسبوع المقبل بطلب للاستحواذ على 100 في المئة من أسهم البنك.", [["100 في المئة", true]]],
  ["what a company intends", "تعتزم الشركة توزيع 50 مليون ريال على المساهمين.", [["50 مليون ريال", true]]],
  ["a text that ends in «في» (review: matchAt read past the end)", "قتل 5 أشخاص في", [["5 أشخاص", false]]],
  ["only the sentence that says it", "قتل 5 جنود اليوم. وقتل 300 منذ بدء العملية.", [["5 جنود", false], ["300", true]]],
  ["earlier attacks the event follows (SaudiNewsNet)", "والهجوم على سيفاري هو الثالث من نوعه في مالي بعد هجومين أوقعا 13 قتيلا في صفوف العسكريين.", [["13 قتيلا", true]]],
  // false positives
  ["an earlier toll of people in general beside the report's own of victims (SaudiNewsNet)", "ارتفعت حصيلة ضحايا حادث تحطم الطائرة المروحية العسكرية إلى 12 قتيلاً. وكانت مصادر عسكرية قد أعلنت الليلة الماضية عن مقتل تسعة أشخاص جراء حادث تحطم المروحية.", [["12 قتيلاً", false], ["تسعة أشخاص", true]]],
  ["the event itself, told in the pluperfect (seed 000)", "وكانت وكالة رويترز نقلت في وقت سابق الاثنين أن ما لا يقل عن خمسة جنود أصيبوا.", [["ما لا يقل عن خمسة جنود", false]]],
  ["a month that is also a word («ماي»: Theresa May)", "وصوت 200 نائب لصالح الثقة في ماي مقابل 117.", [["200 نائب", false]]],
  ["a month ahead is a plan, not an earlier incident", "وسيفرج عن 500 أسير في سبتمبر المقبل.", [["500 أسير", false]]],
  ["the pluperfect beside a count of other people is not an earlier toll", "قتل 3 جنود إسرائيليين. وكانت مصادر فلسطينية قد أعلنت مقتل 5 فلسطينيين.", [["3 جنود إسرائيليين", false], ["5 فلسطينيين", false]]],
  ["the pluperfect with no newer figure of its kind is the event's", "أصيب 3 جنود. وكانت مصادر قد أعلنت مقتل شخصين.", [["3 جنود", false], ["شخصين", false]]],
  ["a few days of fighting are the event itself", "وقتل 20 مسلحا خلال 3 أيام من المعارك.", [["20 مسلحا", false], ["3 أيام", false]]],
  ["an unexpected attack is no forecast (review)", "في هجوم غير متوقع أسفر عن مقتل 20 شخصا.", [["20 شخصا", false]]],
  ["the second within a week is the event's toll (review)", "قتل 12 شخصا في الهجوم، وهو الثاني خلال أسبوع.", [["12 شخصا", false]]],
  ["a plane coming from a city came («القادمة» is no plan)", "هبطت الطائرة القادمة من جدة وعلى متنها 150 راكبا.", [["150 راكبا", false]]],
  ["intent is told of amounts, not of the dead (review)", "ويخطط أقارب 5 من ضحايا الحادث لرفع دعوى.", [["5 من ضحايا", false]]],
  ["a price set for next year is a price («المقبل» alone; review)", "رفعت المدارس أسعارها للعام الدراسي المقبل إلى 18 ألف ريال.", [["18 ألف ريال", false]]],
  ["a plan named after the figure leaves it", "وصل 300 حاج ويعتزم الوفد العودة الأسبوع المقبل.", [["300 حاج", false]]],
  ["a figure as expected is the figure", "ووصل 300 ألف حاج كما كان متوقعا.", [["300 ألف حاج", false]]],
  ["a forecast in another clause leaves the figure", "خالف النمو التوقعات، وبلغ 3 في المائة.", [["3 في المائة", false]]],
  ["the event itself", "أسفر التفجير عن مقتل 13 شخصا بينهم 10 طلاب.", [["13 شخصا", false], ["10", false]]],
  ["the event's own toll, earlier attacks named before it in another clause", "بعد هجومين على الحدود، قتل 4 جنود في هجوم ثالث.", [["4 جنود", false]]],
  ["one attack after which it happened is the event", "قتل 5 أشخاص بعد هجوم على حاجز للشرطة.", [["5 أشخاص", false]]],
  ["this year", "وقتل 40 شخصا في عام 2015 في الحوادث.", [["40 شخصا", false], ["2015", false]]],
  ["this month", "وقتل 7 أشخاص في يوليو في هجمات الحوثيين.", [["7 أشخاص", false]]],
  ["last month's figure, reported early this month", "وصدرت 3 ملايين برميل في يونيو.", [["3 ملايين برميل", false]]],
];

describe("background sentences (running totals, earlier incidents, asides)", () => {
  it.each(CASES)("%s", (_name, input, expected) => expect(flagged(input)).toEqual(expected));
});
