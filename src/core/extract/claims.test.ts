import { describe, expect, it } from "vitest";
import { headlineClaims, looseKey, rootOf } from "./claims.ts";

/** What a headline claims, as "axis:pole «words»", in order. */
const claimsOf = (headline: string) => headlineClaims(headline).claims.map((c) => `${c.axis}:${c.pole} «${c.text}»`);

// [headline, claims expected]
const FOUND: [string, string[]][] = [
  ["الذهب يرتفع مع هبوط الدولار", ["direction:rose «الذهب يرتفع»", "direction:fell «هبوط الدولار»"]],
  ["انخفاض على أسعار الذهب مع ارتفاع في قيمة الدولار", ["direction:fell «انخفاض على أسعار الذهب»", "direction:rose «ارتفاع في قيمة الدولار»"]],
  ["الجزائر تخفض رسومها الجمركية", ["direction:fell «تخفض رسومها الجمركية»"]],
  ["الأسهم السعودية تتراجع", ["direction:fell «السعودية تتراجع»"]],
  ["السعودية تفرج عن 7 ناشطين", ["custody:freed «تفرج عن 7 ناشطين»"]],
  ["حكم بحبس هشام جنينة خمس سنوات", ["custody:held «بحبس هشام جنينة»"]],
  ["مصر: براءة هشام جنينة", ["custody:freed «براءة هشام جنينة»"]],
  ["إيران تفشل فى القبض على المتورطين في هجوم الأهواز", ["happened:denied «تفشل فى القبض»"]],
  ["فشل هجوم انتحارى فى كابول", ["happened:denied «فشل هجوم»"]],
  ["هيومن رايتس ووتش: لا يوجد اختفاء قسري بالعراق", ["happened:denied «لا يوجد اختفاء»"]],
  ["هجوم مسلح شمال غربي تونس دون وقوع ضحايا", ["happened:denied «دون وقوع ضحايا»"]],
  ["دراسة تكشف ارتفاع نسبة السمنة", ["direction:rose «ارتفاع نسبة السمنة»"]],
  ["المحكمة ترفض إطلاق سراح المتهم", ["happened:denied «ترفض إطلاق»"]],
  // false positives: words of a pole that claim nothing
  ["ترفض إطلاق سراح المتهم", []],
  ["لم ترتفع أسعار النفط", []],
  ["إساءات جنسية واستقالات قد ترفع أسعار الكتب", []],
  ["هل ترتفع أسعار النفط؟", []],
  ["أنباء عن اعتقال مفتي داعش", []],
  ["ارتفاع الصادرات غير النفطية", ["direction:rose «ارتفاع الصادرات»"]],
  ["فيسبوك تصنع طائرة بدون طيار", []],
  ["الذهب يقبع دون 1300 دولار", []],
  ["إردوغان ينفي الاتهامات حول مساعدة تركيا لداعش", []],
  ["المعارضة تعود بعد فشل المحادثات في جنيف", []],
  ["الكويت ترفض تصريحات المالكي ضد السعودية", []],
  ["شكري يلتقي نظيرته الكرواتية لمتابعة جهود الإفراج عن الرهينة", []],
  ["حسم ملف رفع أسعار الوقود الأربعاء", []],
  ["أوبك تبحث خفض الإنتاج", []],
  ["حقيقة اعتقال الداعية في الرياض", []],
  ["اجتماع أوبك لخفض الإنتاج", []],
  ["الذهب يتراجع لارتفاع الدولار", ["direction:fell «الذهب يتراجع»", "direction:rose «لارتفاع الدولار»"]],
];

describe("headlineClaims", () => {
  it.each(FOUND)("%s", (headline, expected) => {
    expect(claimsOf(headline)).toEqual(expected);
  });

  it("names the subject of a move, not the other clause's", () => {
    const [gold, dollar] = headlineClaims("الذهب يرتفع مع هبوط الدولار").claims;
    expect(gold!.subject).toContain("ذهب");
    expect(gold!.subject).not.toContain("دولار");
    expect(dollar!.subject).toContain("دولار");
  });

  it("keeps spans on the source characters", () => {
    const text = "عنوان أول.\nالنفط يهبط لمستوى قياسي";
    const [c] = headlineClaims(text).claims;
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
    expect(c!.text).toBe("النفط يهبط");
  });

  it("asserts nothing under a negation or a denial, and says the headline negates", () => {
    const h = headlineClaims("الكويت تنفي منع سعوديين من الدخول");
    expect(h.negates).toBe(true);
    expect(h.asserted.map((w) => w.text)).not.toContain("منع");
    const plain = headlineClaims("منع العزاب السعوديين من دخول الكويت");
    expect(plain.negates).toBe(false);
    expect(plain.asserted.map((w) => w.text)).toContain("منع");
  });

  it("asserts nothing of a headline that puts it under discussion (SaudiNewsNet)", () => {
    const h = headlineClaims("تأجيل الدراسة على طاولة مديري التعليم الأربعاء");
    expect([h.claims, h.asserted, h.negates]).toEqual([[], [], false]);
    const done = headlineClaims("تأجيل الدراسة إلى ما بعد الحج");
    expect(done.asserted.map((w) => w.text)).toContain("تأجيل");
    expect(headlineClaims("ارتفاع أسعار النفط على طاولة أوبك").claims).toEqual([]);
  });

  it("meets a word in its other forms: the accusative's alif, the present prefix", () => {
    expect(looseKey("هجوما")).toBe(looseKey("الهجوم"));
    expect(looseKey("تقبض")).toBe(looseKey("القبض"));
    expect(looseKey("الذهب")).not.toBe(looseKey("الدولار"));
  });

  it("meets a verbal noun and its verb by their consonants", () => {
    expect(rootOf("الحصول")).toBe(rootOf("تحصل"));
    expect(rootOf("هجوما")).toBe(rootOf("الهجوم"));
    expect(rootOf("الذهب")).not.toBe(rootOf("الدولار"));
  });
});
