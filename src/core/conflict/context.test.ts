import { describe, expect, it } from "vitest";
import { contextOf, corresponds } from "./context.ts";

const HALLIBURTON = "كشفت شركة هاليبرتون عن هبوط أرباحها الفصلية 93 في المائة مع اضطرار منتجي النفط إلى تقليص أنشطة الحفر، وهبطت الإيرادات 26 في المائة";

// [label, quote a, figure a, quote b, figure b, corresponds?]
const CASES: [string, string, string, string, string, boolean][] = [
  ["one deficit, two wordings", "العجز الأميركي يصل ل ٧٧ مليار", "٧٧ مليار", "عجز الموازنة الأميركية يصل ل٦٦ مليار", "٦٦ مليار", true],
  ["one deal, a clitic and tanween apart", "اتفاق جديد يدعم مصر بـ3 مليارات دولار", "3 مليارات دولار", "مصر تفقد اتفاقا بملياري دولار", "ملياري دولار", true],
  ["a bare figure cannot tell", "15", "15", "أصيب 20 شخصا في الحادث", "20 شخصا", true],
  // false positives
  ["two figures of one sentence", HALLIBURTON, "93 في المائة", HALLIBURTON, "26 في المائة", false],
  ["shared reporting words only", "قال المصدر أمس إن 5 جنود قتلوا في الهجوم", "5 جنود", "قال المصدر أمس إن 7 طلاب نجحوا في الاختبار", "7 طلاب", false],
];

describe("figures that speak of the same thing", () => {
  it.each(CASES)("%s", (_label, qa, fa, qb, fb, expected) => expect(corresponds(contextOf(qa, fa), contextOf(qb, fb))).toBe(expected));
});
