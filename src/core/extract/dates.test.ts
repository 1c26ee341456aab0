import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [kind, span text, day or null, weekday or null] of every date; published 2023-10-27 (a Friday) 09:00 in Baghdad. */
const PUBLISHED = "2023-10-27T06:00:00Z";
const dates = (s: string) =>
  extractDetails(s, { published: PUBLISHED }).dates.map((d) => [d.kind, d.text, d.day ?? null, d.weekday ?? null]);

type Row = [name: string, input: string, expected: (string | number | null)[][]];

// #22 weekday collisions, #23 month systems, #24 relative dates, #21 ordinals in month names
const DATES: Row[] = [
  ["#22 weekday with the article", "وقع الهجوم الاثنين في غرب العراق", [["weekday", "الاثنين", "2023-10-23", 1]]],
  ["#22 weekday with a clitic and a comma", "والاثنين، قال البيت الأبيض", [["weekday", "الاثنين", "2023-10-23", 1]]],
  ["#22 weekday after «يوم»", "تعرضت لهجوم يوم الإثنين", [["weekday", "يوم الإثنين", "2023-10-23", 1]]],
  ["#22 last Sunday", "الهجوم الذي نفذ ليل السبت - الأحد الماضي", [["weekday", "ليل السبت", "2023-10-21", 6], ["weekday", "الأحد الماضي", "2023-10-22", 0]]],
  ["#23 Gulf month with day and year", "في 6 أغسطس 2024", [["date", "6 أغسطس 2024", "2024-08-06", 2]]],
  ["#23 month first, comma year", "أغسطس 6, 2024", [["date", "أغسطس 6, 2024", "2024-08-06", 2]]],
  ["#23 Levantine two-word month with its Gulf twin", "في 26 تشرين الأول/ أكتوبر الجاري", [["date", "26 تشرين الأول/ أكتوبر الجاري", "2023-10-26", 4]]],
  ["#23 day range", "ما بين 17 و26 تشرين الأول", [["date", "17", "2023-10-17", 2], ["date", "26 تشرين الأول", "2023-10-26", 4]]],
  ["#23 Levantine August", "في 5 آب 2024", [["date", "5 آب 2024", "2024-08-05", 1]]],
  ["#23 Maghrebi August", "يوم 5 أوت 2024", [["date", "5 أوت 2024", "2024-08-05", 1]]],
  ["#23 Maghrebi July", "في 14 جويلية 2024", [["date", "14 جويلية 2024", "2024-07-14", 0]]],
  ["#23 Egyptian June spelling", "في 3 يونيه 2024", [["date", "3 يونيه 2024", "2024-06-03", 1]]],
  ["#23 Hijri month with year", "في 10 رمضان 1445 هـ", [["date", "10 رمضان 1445 هـ", null, null]]],
  ["#23 month of Ramadan", "خلال شهر رمضان", [["month", "رمضان", null, null]]],
  ["#23 numeric, day first", "بتاريخ 7/10/2023", [["date", "7/10/2023", "2023-10-07", 6]]],
  ["#23 numeric, year first", "بتاريخ 2023/10/7", [["date", "2023/10/7", "2023-10-07", 6]]],
  ["#24 yesterday", "كان لافتاً استهداف القوات يوم أمس", [["relative", "يوم أمس", "2023-10-26", 4]]],
  ["#24 dawn today, with its weekday", "ووقعت الضربات، فجر اليوم الجمعة، قرب البوكمال", [["relative", "فجر اليوم الجمعة", "2023-10-27", 5]]],
  ["#24 yesterday Thursday", "وأمس الخميس، أكد مسؤول", [["relative", "أمس الخميس", "2023-10-26", 4]]],
  ["#24 last night", "في هجوم الليلة الماضية", [["relative", "الليلة الماضية", "2023-10-26", 4]]],
  ["#24 last week is a span, not a day", "نفذت ضربة الأسبوع الماضي", [["relative", "الأسبوع الماضي", null, null]]],
  ["#24 the day before yesterday, with its weekday", "عصر أمس الأول (الأربعاء) لمشاركة", [["relative", "أمس الأول", "2023-10-25", 3], ["weekday", "الأربعاء", "2023-10-25", 3]]],
  ["#23 two names of one month", "منذ أغسطس آب 2014", [["month", "أغسطس آب 2014", null, null]]],
  ["#23 Hijri numeric date stays Hijri", "في الفترة 22/ 10/ 1436هـ", [["date", "22/ 10/ 1436هـ", null, null]]],
  ["#23 fused Hijri month", "إلى 6 ذوالقعدة", [["date", "6 ذوالقعدة", null, null]]],
  // false positives
  ["#24 «صباح اليوم التالي» is not today", "وحتى السادسة من صباح اليوم التالي", []],
  ["#22 «the two» after a definite plural", "مقتل المهاجمين الاثنين", []],
  ["#22 «one of» is not Sunday", "وذكر أحد المصدرين", []],
  ["#22 Friday prayer", "بعد صلاة الجمعة", []],
  ["#22 «الأحد عشر» with a singular noun is eleven, not Sunday", "قتل الأحد عشر جنديا في الهجوم", []],
  ["#22 «يوم الأحد» before a figure is Sunday", "وقع الهجوم يوم الأحد عشرة قتلى", [["weekday", "يوم الأحد", "2023-10-22", 0]]],
  ["#22 «الأحد» before ten and a plural is Sunday", "أعلنت الوزارة الأحد عشر إصابات جديدة", [["weekday", "الأحد", "2023-10-22", 0]]],
  ["#23 «zero» is not Safar", "النتيجة صفر", []],
  ["#23 «father» is not August", "قال أب الضحية", []],
  ["#23 the verb «practised» is not March", "مارس ضغوطا كبيرة", []],
  ["#21 ordinal «the second» stays inside the month name", "في تشرين الثاني", [["month", "تشرين الثاني", null, null]]],
];

/** [sentence, the part of the day of each date found] — published 2023-10-27 (a Friday) */
const PARTS: [string, string, (string | null)[]][] = [
  ["this morning", "لقي شخصان مصرعهما في حادث مروري وقع صباح اليوم بطريق الدمام", ["morning"]],
  ["this evening, with its weekday", "باشرت الفرق، مساء اليوم الجمعة، حادث تصادم", ["evening"]],
  ["dawn of a weekday after «يوم»", "شن مسلحون هجوما فجر يوم الاثنين", ["dawn"]],
  ["the afternoon of the day before yesterday", "عصر أمس الأول لمشاركة", ["afternoon"]],
  ["last night", "في هجوم الليلة الماضية", ["night"]],
  ["night of a weekday", "الهجوم الذي نفذ ليل السبت", ["night"]],
  ["a morning word, a comma, then the day (SaudiNewsNet)", "عند الساعة السادسة من صبيحة، اليوم الجمعة", ["morning"]],
  ["with a clitic", "وصباح أمس، أعلنت الشرطة", ["morning"]],
  ["the evening of a date", "مساء الجمعة 5 أغسطس 2024", ["evening"]],
  ["a toll told a few words after a speech verb", "قالت الشرطة إن خمسة قتلوا صباح اليوم", ["morning"]],
  // false positives: a part of the day is told with its date, not near it, and is the event's, not a statement's
  ["the time of a statement, not of the event", "قتل خمسة جنود، بحسب ما أعلن الجيش مساء اليوم", [null]],
  ["…with the speaker between", "أعلن المتحدث العسكري مساء اليوم الأحد تفاصيل الهجوم", [null]],
  ["…and of a statement noun", "وقال الجيش في بيان صباح اليوم إن الهجوم فشل", [null]],
  ["«في الظهر» is the back", "طعنه في الظهر يوم الجمعة", [null]],
  ["a name before a comma («الشيخ صباح، اليوم»)", "التقى الشيخ صباح، اليوم الجمعة، الوفد", [null]],
  ["a name, not the morning («الشيخ صباح الأحمد»)", "استقبل الشيخ صباح الأحمد يوم الجمعة الوفد", [null]],
  ["a date with no part of the day", "وقع الهجوم يوم الاثنين", [null]],
  ["a part of the day a sentence away", "وصلت الفرق في الصباح. اليوم الاثنين أعلنت الشرطة", [null]],
  ["a month has no part of the day", "خلال ليالي شهر رمضان", [null]],
];

describe("dates (#21–#25)", () => {
  it.each(PARTS)("part of the day: %s", (_name, input, expected) =>
    expect(extractDetails(input, { published: PUBLISHED }).dates.map((d) => d.part ?? null)).toEqual(expected));

  it.each(DATES)("%s: %s", (_name, input, expected) => expect(dates(input)).toEqual(expected));

  it("#24 a weekday stays unresolved without a publication time", () => {
    expect(extractDetails("وقع الهجوم الاثنين").dates).toMatchObject([{ kind: "weekday", text: "الاثنين", weekday: 1 }]);
    expect(extractDetails("وقع الهجوم الاثنين").dates[0]!.day).toBeUndefined();
  });

  it("#25 a weekday next to a date that falls on another day is flagged inside the report", () => {
    const [d] = extractDetails("يوم الأحد 6 أغسطس 2024").dates;
    expect(d).toMatchObject({ text: "الأحد 6 أغسطس 2024", day: "2024-08-06", weekday: 0, weekdayMismatch: true });
    const [ok] = extractDetails("يوم الثلاثاء 6 أغسطس 2024").dates;
    expect(ok!.weekdayMismatch).toBeUndefined();
  });
});
