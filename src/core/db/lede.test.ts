import { describe, expect, it } from "vitest";
import { ledeOf } from "./lede.ts";

const CASES: [string, string, string][] = [
  ["first sentence", "قال الوزير إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات العالقة. وأضاف أن …", "قال الوزير إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات العالقة."],
  ["skips a dateline", "أغسطس 6, 2024آخر تحديث: أغسطس 6, 2024\n\nالمستقلة/- في رد فعل مشترك على الهجوم الصاروخي الذي استهدف القاعدة.", "المستقلة/- في رد فعل مشترك على الهجوم الصاروخي الذي استهدف القاعدة."],
  ["drops invisible controls", "قال\u202E الوزير إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات.", "قال الوزير إن الاجتماع سيعقد غدا في العاصمة لبحث الملفات."],
  // false positives: a decimal point is no sentence end
  ["decimal point", "ارتفعت قيمة الصادرات غير النفطية في المملكة إلى 2.5 مليار ريال خلال الربع الأول من العام.", "ارتفعت قيمة الصادرات غير النفطية في المملكة إلى 2.5 مليار ريال خلال الربع الأول من العام."],
];

describe("ledeOf", () => {
  it.each(CASES)("%s", (_l, text, lede) => expect(ledeOf(text)).toBe(lede));
  it("cuts a long sentence on a word boundary", () => {
    const text = "كلمة ".repeat(60);
    const lede = ledeOf(text);
    expect(lede.endsWith("…")).toBe(true);
    expect(lede.length).toBeLessThanOrEqual(161);
    expect(text.startsWith(lede.slice(0, -1))).toBe(true);
    expect(text[lede.length - 1]).toBe(" ");
  });
});
