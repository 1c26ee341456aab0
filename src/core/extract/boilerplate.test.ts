import { describe, expect, it } from "vitest";
import { mainTextRange } from "./boilerplate.ts";

const body = "قال مسؤولون إن خمسة جنود أصيبوا في الهجوم على القاعدة.\n".repeat(4);
const cut = (s: string) => s.slice(0, mainTextRange(s).end);

const CUT: [string, string, string][] = [
  ["read also block with an appended article (seed 002)", body + "\nإقرأ أيضاً:\n\nهجوم على قاعدة حميميم أسفر عن مقتل جنديين", body.trimEnd()],
  ["related topics", body + "مواضيع ذات صلة :\nاستهداف قاعدة عين الأسد", body.trimEnd()],
  ["similar articles with bullets", body + "\nمقالات مشابهة\n\n  • تصعيد خطير", body.trimEnd()],
  ["comments", body + "\nالتعليقات", body.trimEnd()],
];
// false positives
const KEPT: [string, string][] = [
  ["a marker inside a long paragraph is text", body + "وقال إن التعليقات التي صدرت عن المسؤولين لا تعكس موقف الحكومة الرسمي في هذه المرحلة"],
  ["a marker at the very top is navigation", "التعليقات\n" + body],
  ["a word that only starts like a marker", body + "\nشاركت القوات في العملية"],
];

describe("mainTextRange", () => {
  it.each(CUT)("cuts: %s", (_n, input, expected) => expect(cut(input)).toBe(expected));
  it.each(KEPT)("keeps: %s", (_n, input) => expect(mainTextRange(input)).toEqual({ start: 0, end: input.length }));
});
