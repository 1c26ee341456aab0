import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keyOf, normalize, toSourceSpan } from "./normalize.ts";

// [input, expected match key] — ARABIC.md §1 and phenomena #1–#8
const MATCH_KEYS: [string, string][] = [
  ["الإثنين", "الاثنين"], ["الأثنين", "الاثنين"], ["أوستن", "اوستن"], ["آذار", "اذار"], ["ٱلله", "الله"],
  ["مستشفى", "مستشفي"], ["قاعدة", "قاعده"], ["خمسة", "خمسه"],
  ["تشرينَ الأوّل", "تشرين الاول"], ["هٰذا", "هذا"], ["العـــراق", "العراق"],
  ["ﻻ", "لا"], ["ﻷ", "لا"], ["ﷲ", "الله"], ["١٠٠ ﷼", "100 ريال"],
  ["٢\u200F١ جريحا", "21 جريحا"], ["21\u00A0قتيلا", "21 قتيلا"], ["\u202Eأوستن\u202C", "اوستن"],
  ["٠١٢٣٤٥٦٧٨٩", "0123456789"], ["۰۱۲۳۴۵۶۷۸۹", "0123456789"], ["2٣", "23"], ["٢٫٥", "2.5"], ["١٬٠٠٠", "1000"],
  ["1,000,000", "1000000"], ["٥٠٪", "50%"], ["F-16", "f-16"], ["گ پ چ ژ ی ک", "ك ب ج ز ي ك"],
];

// false positives: things the key must NOT change
const KEPT: [string, string][] = [
  ["1,5", "1,5"], // a comma before fewer than three digits is not a thousands separator
  ["12,3456", "12,3456"], // nor before four
  ["سئل", "سئل"], // hamza seats stay in match keys (only the name preset folds them)
  ["،", "،"], // Arabic comma is punctuation
];

describe("normalize: match keys", () => {
  it.each(MATCH_KEYS)("%s → %s", (input, key) => expect(keyOf(input)).toBe(key));
  it.each(KEPT)("keeps %s", (input, key) => expect(keyOf(input)).toBe(key));
  it("name preset folds hamza seats", () => {
    expect(keyOf("مؤتمر رئيس", "name")).toBe("موتمر رييس");
  });
  it("display preset only drops invisible controls", () => {
    expect(keyOf("أوّل\u200Fخبر", "display")).toBe("أوّلخبر");
  });
});

describe("normalize: offset map", () => {
  it("maps a key span back to the original characters", () => {
    const src = "قال «أوستـــن» إن ٢١ جندياً أصيبوا";
    const n = normalize(src);
    const k = n.key.indexOf("اوستن");
    const span = toSourceSpan(n, k, k + 5);
    expect(src.slice(span.start, span.end)).toBe("أوستـــن");
    const d = n.key.indexOf("21");
    const ds = toSourceSpan(n, d, d + 2);
    expect(src.slice(ds.start, ds.end)).toBe("٢١");
  });

  it("a span ends after the marks the key dropped, never inside the next key unit", () => {
    const src = "أصيب 21 فرداً، وجُنُودٌ";
    const n = normalize(src);
    const k = n.key.indexOf("فردا");
    const span = toSourceSpan(n, k, k + 4);
    expect(src.slice(span.start, span.end)).toBe("فرداً");
    const j = n.key.indexOf("جنود");
    const s2 = toSourceSpan(n, j, j + 4);
    expect(src.slice(s2.start, s2.end)).toBe("جُنُودٌ");
  });

  // Random strings from a palette of the hard cases: bidi controls, combining marks,
  // surrogate pairs, presentation forms, digits of three scripts, separators.
  const palette = fc.constantFrom(
    "ا", "أ", "ة", "ى", "ل", "م", "ن", " ", "\u200F", "\u202E", "\u2066", "\u200C", "\u064E", "\u0651", "\u0670",
    "\u0640", "ﻻ", "ﷲ", "﷼", "٣", "۳", "3", ",", "٬", "٫", "😀", "𝐀", "e\u0301", "\u00A0", "a", "B", ".",
  );
  const text = fc.array(palette, { maxLength: 60 }).map((a) => a.join(""));

  it("keeps every mapped range inside the source, in order", () => {
    fc.assert(
      fc.property(text, (src) => {
        const n = normalize(src);
        expect(n.starts.length).toBe(n.key.length);
        for (let i = 0; i < n.key.length; i++) {
          expect(n.starts[i]!).toBeLessThan(n.ends[i]!);
          expect(n.ends[i]!).toBeLessThanOrEqual(src.length);
          if (i > 0) expect(n.starts[i]!).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a mapped span normalizes back to (at least) the key range it came from", () => {
    // separators are context rules («1,000» → «1000») and are left out of this palette
    const noSeparators = fc
      .array(fc.constantFrom("ا", "أ", "ة", "ى", "ل", " ", "\u200F", "\u202E", "\u064E", "\u0651", "\u0640", "ﻻ", "ﷲ", "﷼", "٣", "۳", "😀", "e\u0301", "\u00A0", "B"), { maxLength: 40 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(noSeparators, fc.nat(), fc.nat(), (src, a, b) => {
        const n = normalize(src);
        if (n.key.length === 0) return;
        const [from, to] = [a % n.key.length, b % n.key.length].sort((x, y) => x - y) as [number, number];
        const span = toSourceSpan(n, from, to + 1);
        // a ligature or a ﷼ expands to several key units: the slice may hold more, never less
        expect(keyOf(src.slice(span.start, span.end))).toContain(n.key.slice(from, to + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(fc.property(text, (src) => keyOf(keyOf(src)) === keyOf(src)), { numRuns: 2000 });
  });

  it("invisible characters change no key", () => {
    fc.assert(
      fc.property(text, fc.nat(), (src, at) => {
        const i = src.length === 0 ? 0 : at % (src.length + 1);
        // insert at a code point boundary only
        const j = i > 0 && /[\uDC00-\uDFFF]/.test(src[i] ?? "") ? i - 1 : i;
        expect(keyOf(src.slice(0, j) + "\u200F\u2066" + src.slice(j))).toBe(keyOf(src));
      }),
      { numRuns: 1000 },
    );
  });
});
