import { describe, expect, it } from "vitest";
import { withoutTail } from "./tail.ts";

const REPORT = "أعلن التحالف الدولي اليوم الأربعاء أنه لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم. ونقلت وكالة رويترز عن بيان للتحالف قوله إن المطاردة مستمرة في المناطق الصحراوية.";

describe("withoutTail", () => {
  // [label, text, what is kept]
  const CASES: [string, string, string][] = [
    ["a related-news list inside the last line", `${REPORT} الكلمات الدليلية أخبار ذات صلة 21 : 12 عربيات`, `${REPORT} الكلمات الدليلية`],
    ["«الأكثر قراءة» with another alef", `${REPORT} الاكثر قراءه مقتل ثلاثة في حادث سير`, REPORT],
    ["«إقرأ أيضاً» with hamza below", `${REPORT}\nإقرأ أيضا: هجوم على قاعدة حميميم`, REPORT],
  ];
  it.each(CASES)("%s", (_l, text, kept) => expect(withoutTail(text)).toBe(kept));

  // false positives: the report itself is kept
  const KEPT: [string, string][] = [
    ["«ذات صلة» in a sentence of the report", `${REPORT} وبحثت اللجنة قضايا ذات صلة بالأمن.`],
    ["a menu heading above the report", `الأكثر قراءة أخبار رياضة اقتصاد ${REPORT}`],
    ["a report without any heading", REPORT],
  ];
  it.each(KEPT)("%s", (_l, text) => expect(withoutTail(text)).toBe(text));
});
