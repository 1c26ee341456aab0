import { describe, expect, it } from "vitest";
import { quoteAround } from "./quote.ts";

const LONG =
  "وقالت مصادر عسكرية إن القوات العراقية دخلت مناطق واسعة في الرمادي وتمركزت في مواقع مهمة واشتبكت مع عناصر التنظيم، مما أسفر عن مقتل العشرات من عناصر داعش خلال المواجهات العسكرية التي استمرت ساعات طويلة في أحياء المدينة الجنوبية والشرقية.";
const around = (text: string, span: string, max?: number) => quoteAround(text, text.indexOf(span), text.indexOf(span) + span.length, max);

describe("quoteAround", () => {
  it("gives a short sentence whole", () => {
    const text = "قتل 5 جنود في هجوم. وأصيب 3 آخرون.";
    expect(around(text, "3 آخرون")).toBe("وأصيب 3 آخرون.");
  });

  it("cuts a long sentence on word boundaries, with the span inside", () => {
    for (const max of [60, 80, 100, 120]) {
      const quote = around(LONG, "العشرات", max);
      expect(quote).toContain("العشرات");
      const words = quote.replace(/^…|…$/gu, "").split(/\s+/u);
      // every word of the quote is a whole word of the sentence
      for (const w of words) expect(LONG.split(/\s+/u)).toContain(w);
      expect(quote.length).toBeLessThanOrEqual(max + 2);
    }
  });

  it("shows a decimal written with a right-to-left mark as its reader saw it, as its value is read", () => {
    const text = "وبلغ سعر الذهب 50.\u200F1104 دولار للأوقية.";
    expect(around(text, "50.\u200F1104 دولار")).toBe("وبلغ سعر الذهب 1104.50 دولار للأوقية.");
  });

  it("never cuts into the span, even when the span is longer than the window", () => {
    const span = "مناطق واسعة في الرمادي وتمركزت في مواقع مهمة";
    expect(around(LONG, span, 30)).toContain(span);
  });
});
