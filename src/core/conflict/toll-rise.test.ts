import { describe, expect, it } from "vitest";
import { toldAsRise } from "./toll-rise.ts";

// [sentence, told as a rise?]
const CASES: [string, boolean][] = [
  ["وأعلنت السلطات البورمية ارتفاع حصيلة الضحايا إلى 46 قتيلاً على الأقل", true],
  ["وارتفع عدد القتلى إلى 17 من رجال الأمن", true],
  ["لترتفع الحصيلة إلى 12 قتيلا", true],
  ["وبحسب الحصيلة الجديدة فقد قتل 30 شخصا", true],
  ["تصاعدت حصيلة قتلى الفيضانات", true],
  // false positives
  ["قتل 15 شخصا بينهم نساء وأطفال أمس", false],
  ["ارتفاع أسعار النفط إلى 50 دولارا للبرميل", false],
  ["وارتفعت درجات الحرارة إلى 50", false],
  ["وحصيلة الضحايا التي تتحدث عن مصرع 27 شخصا أقل مما هي عليه", false],
  ["عدد جديد من الجنود وصل إلى القاعدة", false],
];

describe("toldAsRise", () => {
  it.each(CASES)("%s → %s", (sentence, expected) => {
    expect(toldAsRise(sentence)).toBe(expected);
  });
});
