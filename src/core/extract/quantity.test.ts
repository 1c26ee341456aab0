import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [min, max, unit, span text] of every quantity (a figure with a unit, #19's non-counts) in a sentence. */
const quantities = (s: string) =>
  extractDetails(s)
    .counts.filter((c) => c.slot === "quantity")
    .map((c) => [c.min, c.max, c.unit, c.text]);

type Row = [name: string, input: string, expected: (string | number | null | undefined)[][]];

const QUANTITIES: Row[] = [
  ["money with a scale", "يدفع مبلغ 3.4 مليون دولار", [[3400000, 3400000, "دولار", "3.4 مليون دولار"]]],
  ["a bare amount", "العجز الأميركي يصل ل ٧٧ مليار", [[77e9, 77e9, "", "٧٧ مليار"]]],
  ["a dual scale with a currency", "مصر تفقد اتفاقا بملياري دولار", [[2e9, 2e9, "دولار", "ملياري دولار"]]],
  ["percent sign", "ارتفع المؤشر 5% أمس", [[5, 5, "%", "5"]]],
  ["percent in words, a range", "عجز في الموازنة 9.5-9.7 بالمئة", [[9.5, 9.7, "%", "9.5-9.7 بالمئة"]]],
  ["percent in two words", "هبطت 93 في المائة", [[93, 93, "%", "93 في المائة"]]],
  ["years", "توفي عن عمر 90 عاما", [[90, 90, "year", "90 عاما"]]],
  ["days", "احتجاز صحفيين 15 يوما", [[15, 15, "day", "15 يوما"]]],
  ["the pound sterling in two words", "250 ألف جنيه إسترليني مقابل الصور", [[250000, 250000, "استرليني", "250 ألف جنيه إسترليني"]]],
  ["the pound sterling in one", "بيعت بـ 165 ألف استرليني", [[165000, 165000, "استرليني", "165 ألف استرليني"]]],
  ["weeks in words", "أعلى مستوى في خمسة أسابيع", [[5, 5, "week", "خمسة أسابيع"]]],
  ["barrels", "100 ألف برميل يخسرهم الإنتاج", [[100000, 100000, "barrel", "100 ألف برميل"]]],
  ["a rank", "جاءت في المرتبة 28 عالميا", [[28, 28, "rank", "28"]]],
  ["a calendar year", "يؤجل عرضه لعام 2020", [[2020, 2020, "calendar-year", "2020"]]],
  ["a plain noun is the unit", "8 معلومات مهمة عن القضية", [[8, 8, "n:معلوم", "8 معلومات"]]],
  ["a hedge: more than", "بأكثر من مليار دولار", [[1e9 + 1, null, "دولار", "بأكثر من مليار دولار"]]],
  ["a verbal hedge: crossing a mark", "النفط يتخطى حاجز الـ80 دولارا", [[81, null, "دولار", "يتخطى حاجز الـ80 دولارا"]]],
  ["a verbal hedge in the past: revenues that crossed a mark (SaudiNewsNet)", "في المركز الثاني بإيرادات تجاوزت 91 مليون دولار", [[91e6 + 1, null, "دولار", "تجاوزت 91 مليون دولار"]]],
  ["a verbal hedge: not beyond", "رحل عن عمر لم يتجاوز 49 عاما", [[0, 49, "year", "لم يتجاوز 49 عاما"]]],
  ["below a mark", "أسعار النفط دون 74 دولارا", [[0, 73, "دولار", "دون 74 دولارا"]]],
  ["a scale after a bracket, the bracket in the span", "وخصصت لندن (15) مليون يورو", [[15e6, 15e6, "يورو", "(15) مليون يورو"]]],
  ["thousands and the rest", "حصل على 25 ألفا و823 صوتا", [[25823, 25823, "n:صوت", "25 ألفا و823 صوتا"]]],
  ["a scale with tanween before a noun is a dual in construct", "مليارا دولار من الديون النفطية", [[2e9, 2e9, "دولار", "مليارا دولار"]]],
  ["a scale with tanween alone is one", "بلغ عددهم مليونا في العام", [[1e6, 1e6, "", "مليونا"]]],
  ["millions and thousands", "بتعويض قدره 122 مليونا و334 ألف ريال", [[122334000, 122334000, "ريال", "122 مليونا و334 ألف ريال"]]],
  ["a scale word and the rest in digits", "ضبط مليون و800 ألف مخالف", [[1800000, 1800000, "n:مخالف", "مليون و800 ألف مخالف"]]],
  ["a trillion", "شركة جديدة تصل إلى تريليون دولار", [[1e12, 1e12, "دولار", "تريليون دولار"]]],
  ["half a scale", "قرابة نصف مليار يورو من فرنسا", [[4e8, 6e8, "يورو", "قرابة نصف مليار يورو"]]],
  ["a quarter of a scale", "تهريب ربع مليون حبة مخدرة", [[250000, 250000, "n:حبه", "ربع مليون حبة"]]],
  ["a third of a scale, with a clitic", "بثلث مليون دولار", [[333333, 333333, "دولار", "ثلث مليون دولار"]]],
  ["a scale and a half", "مليون ونصف دولار", [[1.5e6, 1.5e6, "دولار", "مليون ونصف دولار"]]],
  ["a scale and a quarter", "مليار وربع دولار", [[1.25e9, 1.25e9, "دولار", "مليار وربع دولار"]]],
  ["a decimal split by a right-to-left mark, as the reader sees it", "بلغ سعر الذهب 50.\u200F1104 دولار للأوقية", [[1104.5, 1104.5, "دولار", "50.\u200F1104 دولار"]]],
  ["… before a scale", "زيادة قدرها 3.\u200F2 مليون برميل", [[2.3e6, 2.3e6, "barrel", "3.\u200F2 مليون برميل"]]],
  ["a dot groups thousands of things counted", "محملة بـ 209.020 عبوة كرتونية", [[209020, 209020, "n:عبو", "209.020 عبوة"]]],
  ["a figure in brackets, its unit after them", "بتكلفة بلغت ( 19.589.137 ) ريالا سعوديا", [[19589137, 19589137, "ريال", "19.589.137 ) ريالا"]]],
  ["a hundred and ten: «وعشرة» after a hundred goes on", "استمرت مئة وعشرة أيام", [[110, 110, "day", "مئة وعشرة أيام"]]],
  ["dots grouping thousands, in brackets before their noun", "استقبلت (1.900.000) زائر", [[1900000, 1900000, "n:زائر", "(1.900.000) زائر"]]],
  ["a definite number that goes on", "مبالغ تزيد على الخمسة والعشرين ألف ريال", [[25000, 25000, "ريال", "خمسة والعشرين ألف ريال"]]],
  ["a definite number after a preposition", "وصلت للخمسة والعشرين ألف ريال", [[25000, 25000, "ريال", "خمسة والعشرين ألف ريال"]]],
  ["a definite number before a plural scale", "دفع الثلاثة آلاف دولار", [[3000, 3000, "دولار", "ثلاثة آلاف دولار"]]],
  ["a definite ten before a singular scale", "جمع الخمسين ألف ريال", [[50000, 50000, "ريال", "خمسين ألف ريال"]]],
  ["a definite teen", "دفع الستة عشر ألف ريال", [[16000, 16000, "ريال", "ستة عشر ألف ريال"]]],
  // false positives
  ["two tens joined by «و» are two numbers", "بين العشرين والثلاثين عاما", []],
  ["a definite number word alone is a day, not a figure", "تبرع يوم الاثنين ألف دولار", [[1000, 1000, "دولار", "ألف دولار"]]],
  ["«القرن العشرين» is no figure", "في القرن العشرين دولار", []],
  ["a counted noun makes a count, not a quantity", "أصيب 21 فرداً", []],
  ["a victim verb before a bare million", "نزوح مليونين من السكان", []],
  ["a list of numbers: «وعشر» after a unit is ten, not seventeen", "آجال السندات بين خمس وسبع وعشر سنوات", [[10, 10, "year", "عشر سنوات"]]],
  ["a leading zero makes no figure (groups written in reverse)", "وبعدد 054886 معجب على الفيس بوك", []],
  ["a closing bracket with none opened before the figure ends it", "بلغت 200 ) ريال", []],
  ["a decimal comma leaves no figure", "صفقة بقيمة 5,2 مليار يورو", []],
  ["a right-to-left mark outside a number changes nothing", "\u200Fارتفع 2.3 مليون برميل", [[2.3e6, 2.3e6, "barrel", "2.3 مليون برميل"]]],
  ["«الربع» before a scale is a quarter of the year, not a fraction", "أرباح الربع الأول مليون ريال", [[1e6, 1e6, "ريال", "مليون ريال"]]],
  ["a change and a level are two figures, not a range", "تراجع 1.5 % إلى 1114.50 دولار", [[1.5, 1.5, "%", "1.5"], [1114.5, 1114.5, "دولار", "1114.50 دولار"]]],
  ["a vague amount is no figure", "في عدة أعوام", []],
  ["a unit word before a year designates it", "وقتلت 584 ألفا عام 2013", [[2013, 2013, "calendar-year", "2013"]]],
  ["a clock time", "عند الساعة 3 فجرا", []],
  ["a partitive is no unit", "تعتقل 9 بينهم 4 سيدات", [[4, 4, "n:سيد", "4 سيدات"]]],
  ["a definite noun is no unit", "فاز 3 الفرق", []],
  ["the Egyptian pound is not the pound sterling", "بغرامة 50 ألف جنيه مصري", [[50000, 50000, "جنيه", "50 ألف جنيه"]]],
];

describe("quantities (#19: figures with a unit, compared as quantities)", () => {
  it.each(QUANTITIES)("%s: %s", (_name, input, expected) => expect(quantities(input)).toEqual(expected));
});
