import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/**
 * Orthography and JavaScript phenomena (#1–#10, #40) seen through extraction: the detail is
 * found in every spelling, and its span still slices the original characters.
 * Key-level tables for the same phenomena live in src/core/text/normalize.test.ts.
 */
const first = (s: string) => {
  const d = extractDetails(s);
  const all = [...d.counts, ...d.people, ...d.places, ...d.dates];
  for (const x of all) expect(s.slice(x.start, x.end)).toBe(x.text);
  return d;
};

type Row = [name: string, input: string, check: (d: ReturnType<typeof extractDetails>) => unknown, expected: unknown];
const count = (d: ReturnType<typeof extractDetails>) => d.counts.map((c) => [c.slot, c.min, c.text]);
const person = (d: ReturnType<typeof extractDetails>) => d.people.map((p) => [p.id ?? null, p.text]);
const place = (d: ReturnType<typeof extractDetails>) => d.places.map((p) => [p.id, p.text]);
const date = (d: ReturnType<typeof extractDetails>) => d.dates.map((x) => [x.kind, x.weekday ?? null, x.text]);

const ORTHOGRAPHY: Row[] = [
  ["#1 alef: الإثنين", "هجوم يوم الإثنين", date, [["weekday", 1, "يوم الإثنين"]]],
  ["#1 alef: الأثنين (misspelt hamza)", "هجوم يوم الأثنين", date, [["weekday", 1, "يوم الأثنين"]]],
  ["#1 alef: اوستن", "قال اوستن إن", person, [["lloyd_austin", "اوستن"]]],
  ["#1 alef: اسرائيل", "في اسرائيل", place, [["israel", "اسرائيل"]]],
  ["#1 alef: اذار", "في 3 اذار 2024", date, [["date", 0, "3 اذار 2024"]]],
  ["#2 yeh / alef maqsura in keys", "أصيب خمسة جنود في مستشفي", count, [["injured", 5, "خمسة جنود"]]],
  ["#3 teh marbuta: خمسه", "قتل خمسه جنود", count, [["killed", 5, "خمسه جنود"]]],
  ["#3 teh marbuta: قاعده", "في قاعده عين الأسد", place, [["ain_al_asad", "قاعده عين الأسد"]]],
  ["#4 diacritics and shadda", "أُصيبَ خَمْسَةُ جُنُودٍ", count, [["injured", 5, "خَمْسَةُ جُنُودٍ"]]],
  ["#4 dagger alef", "قُتِل ثلاثةٌ من رجال الأمن", count, [["killed", 3, "ثلاثةٌ من رجال الأمن"]]],
  ["#5 tatweel", "في العـــراق", place, [["iraq", "العـــراق"]]],
  ["#6 presentation forms", "ﻗﺘﻞ ﺧﻤﺴﺔ ﺟﻨﻮﺩ", count, [["killed", 5, "ﺧﻤﺴﺔ ﺟﻨﻮﺩ"]]],
  // one source character cannot be split: the clitic «ل» stays inside the span of «ﻷ»
  ["#6 lam-alef ligature with a clitic", "ﻷوستن", person, [["lloyd_austin", "ﻷوستن"]]],
  ["#7 RLM inside a number", "أصيب ٢\u200F١ جريحا", count, [["injured", 21, "٢\u200F١ جريحا"]]],
  ["#7 NBSP between number and noun", "سقط 21\u00A0قتيلا", count, [["killed", 21, "21\u00A0قتيلا"]]],
  ["#7 ZWNJ inside a name", "قال أو\u200Cستن", person, [["lloyd_austin", "أو\u200Cستن"]]],
  ["#8 Persian digits", "أصيب ۲۱ فرداً", count, [["injured", 21, "۲۱ فرداً"]]],
  ["#8 mixed digits", "أصيب 2٣ فرداً", count, [["injured", 23, "2٣ فرداً"]]],
  ["#8 thousands separator", "نزوح ١٬٥٠٠ شخص", count, [["displaced", 1500, "١٬٥٠٠ شخص"]]],
  ["#8 decimal separator", "نزوح ٢٫٥ مليون شخص", count, [["displaced", 2500000, "٢٫٥ مليون شخص"]]],
  ["#9 «ألف» is a number, not «ال» + «ف»", "نزوح ألف شخص", count, [["displaced", 1000, "ألف شخص"]]],
  ["#9 «ألفي» dual", "نزوح ألفي شخص", count, [["displaced", 2000, "ألفي شخص"]]],
  ["#10 Persian letters fold in keys", "قاعده عين الأسد و ایران", place, [["ain_al_asad", "قاعده عين الأسد"], ["iran", "ایران"]]],
  ["#40 no \\b: clitics on a place", "وبالعراق", place, [["iraq", "العراق"]]],
  ["#40 no \\b: clitics on a number", "وبخمسة صواريخ", count, [["projectiles_fired", 5, "خمسة صواريخ"]]],
  // false positives
  ["#9 «إلهام» is a name, not «ال» + «هام»", "قالت إلهام", place, []],
  ["#9 «ألمانيا» is not «ال» + «مانيا»", "في ألمانيا", place, [["germany", "ألمانيا"]]],
  ["#40 a place inside a longer word is no place", "العراقيون", place, []],
];

describe("orthography through extraction (#1–#10, #40)", () => {
  it.each(ORTHOGRAPHY)("%s: %s", (_n, input, check, expected) => expect(check(first(input))).toEqual(expected));
});
