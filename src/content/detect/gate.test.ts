import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { isArabicPage } from "./gate.ts";

const page = (body: string, title = "") => parseHTML(`<html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
const arabic = "أجرى وزير الدفاع الأميركي اتصالا هاتفيا مع نظيره الإسرائيلي وسط ارتفاع منسوب التوتر في الشرق الأوسط. ";
const english = "The defense secretary spoke with his counterpart amid rising tension in the region, officials said. ";

const CASES: [string, Document, boolean][] = [
  ["a long Arabic report", page(`<p>${arabic.repeat(100)}</p>`), true],
  ["a short Arabic report (the quick sample cannot decide)", page(`<p>${arabic}</p>`), true],
  ["Arabic text after a long English menu", page(`<nav>${"Home News Sport ".repeat(60)}</nav><p>${arabic.repeat(100)}</p>`), true],
  // false positives
  ["a long English page", page(`<p>${english.repeat(100)}</p>`), false],
  ["an English page quoting one Arabic line", page(`<p>${english.repeat(50)}</p><p>${arabic}</p>`), false],
  ["Arabic hidden in scripts and styles", page(`<p>${english.repeat(20)}</p><script>var s="${arabic.repeat(50)}"</script>`), false],
  ["a Persian page", page(`<p>${"وزیر دفاع آمریکا گفت که پیشنهاد ایران برای گفتگو را بررسی می‌کند. ".repeat(60)}</p>`), false],
];

describe("isArabicPage", () => {
  it.each(CASES)("%s", (_label, doc, expected) => expect(isArabicPage(doc)).toBe(expected));
});
