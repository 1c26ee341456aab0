import { describe, expect, it } from "vitest";
import { detectArabic } from "./detect.ts";

const arabic = "أجرى وزير الدفاع الأميركي اتصالا هاتفيا مع نظيره الإسرائيلي وسط ارتفاع منسوب التوتر في الشرق الأوسط";
const CASES: [string, string, boolean][] = [
  ["Arabic news sentence", arabic, true],
  ["Arabic with English brand names", `${arabic} (Reuters, AFP, CNN)`, true],
  ["Arabic with Eastern digits", `${arabic} ٢١ ١٢`, true],
  // false positives
  ["Persian", "وزیر دفاع آمریکا گفت که پیشنهاد ایران برای گفتگو را بررسی می‌کند و چنین چیزی ممکن است", false],
  ["Urdu", "امریکی وزیر دفاع نے کہا ہے کہ ایران کی تجویز پر غور کیا جا رہا ہے اور یہ ممکن ہے", false],
  ["English", "The US defense secretary spoke with his Israeli counterpart amid rising tension in the region", false],
  ["mostly English with an Arabic word", "The word صدى means echo in English, and it is the name of this browser extension", false],
  ["too short", "عاجل", false],
  ["empty", "", false],
];

describe("detectArabic", () => {
  it.each(CASES)("%s", (_label, text, expected) => expect(detectArabic(text).isArabic).toBe(expected));
});
