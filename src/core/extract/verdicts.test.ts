import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [min, max, unit, span text] of every court sentence in a headline or sentence. */
const sentences = (s: string) =>
  extractDetails(s)
    .counts.filter((c) => c.slot === "sentence")
    .map((c) => [c.min, c.max, c.unit, c.text]);

type Row = [name: string, input: string, expected: (string | number | null | undefined)[][]];

const VERDICTS: Row[] = [
  ["a prison term right after «السجن»", "السجن 6 سنوات للناشط السعودي", [[6, 6, "year", "6 سنوات"]]],
  ["a prison term after the convict's name", "حكم بسجن الزفزافي لمدة 20 عاما", [[20, 20, "year", "20 عاما"]]],
  ["detention in days", "احتجاز صحفيين وحبسهما 15 يوما", [[15, 15, "day", "15 يوما"]]],
  ["a death sentence", "ليبيا تصدر حكما بإعدام 45 شخصا", [[1, 1, "death", "إعدام"]]],
  ["a life sentence needs no court word", "تركيا: السجن المؤبد لستة صحفيين", [[1, 1, "life", "المؤبد"]]],
  ["an acquittal is no sentence", "ليبيا تعلن حكما ببراءة 45 شخصا", [[0, 0, "", "براءة"]]],
  ["an acquittal by a court", "قضت المحكمة بتبرئة المتهمين", [[0, 0, "", "تبرئة"]]],
  ["an acquittal named by who is acquitted", "الإمارات تعلن براءة الناشط", [[0, 0, "", "براءة"]]],
  ["a term brought in by «لمدة» stands further off", "حكم بسجن الناشط الحقوقي أحمد منصور لمدة عشر سنوات", [[10, 10, "year", "عشر سنوات"]]],
  // false positives
  ["a patent is no acquittal", "حصل الباحث على براءة اختراع", []],
  ["children's innocence is no acquittal", "في عيونهم براءة الأطفال", []],
  ["an execution in the field is no verdict", "إعدام ميداني لعشرة مدنيين", []],
  ["time spent in prison is no sentence handed down", "قضى 20 عاما في السجن", []],
  ["a ban after leaving prison is no prison term", "ومنعه من السفر بعد خروجه من السجن لمدة خمس عشرة سنة", []],
  ["a prison word too far from the figure", "نقل إلى السجن المركزي في العاصمة بعد 3 أيام", []],
  ["a clause break between prison and figure", "أودع السجن، وبعد 3 أيام أفرج عنه", []],
];

describe("court sentences (a count slot: prison terms, death, life, acquittal)", () => {
  it.each(VERDICTS)("%s: %s", (_name, input, expected) => expect(sentences(input)).toEqual(expected));
});
