import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractDetails } from "./index.ts";

// Fragments of real details mixed with the hard characters of #4–#8: whatever the mix,
// extraction never throws and every span slices the original text.
const palette = fc.constantFrom(
  "أصيب", "خمسة", "جنود", "صاروخين", "ما لا يقل عن", "21", "٢١", "۲۱", "/", "-", "إف", "الاثنين", "أمس", "أغسطس",
  "2024", "وزير الدفاع", "الأميركي", "لويد", "أوستن", "عين الأسد", "رويترز", "نقلت", "عن", "مسؤولين", "،", ".", "\n",
  " ", "\u200F", "\u202E", "\u00A0", "\u064B", "\u0651", "ـ", "ﻻ", "﷼", "😀", "“", "”", "(", ")", "إقرأ أيضاً",
  "في", "خلال", "نوفمبر", "المقبل", "يعتزم", "صفوف", "بصفوفهم", "الحوثيين", "قتلى", "القوات", "المسلحة", "إلى",
);
const text = fc.array(palette, { maxLength: 80 }).map((a) => a.join(" "));
const textTight = fc.array(palette, { maxLength: 80 }).map((a) => a.join(""));

describe("extractDetails: spans under random input", () => {
  it.each([["spaced", text], ["tight", textTight]] as const)("%s fragments", (_n, arb) => {
    fc.assert(
      // dated too: a report's date turns on the rules that read months and earlier years
      fc.property(arb, fc.boolean(), (src, dated) => {
        const d = extractDetails(src, dated ? { published: "2015-07-25T10:00:00+03:00" } : {});
        const spans = [...d.counts, ...d.people, ...d.places, ...d.dates, ...d.attributions];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(src.length);
          expect(src.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(text, (src) => {
        expect(extractDetails(src)).toEqual(extractDetails(src));
      }),
      { numRuns: 100 },
    );
  });
});
