import { describe, expect, it } from "vitest";
import { stem } from "./stem.ts";
import { keyOf } from "./normalize.ts";

// [surface form, stem] — inputs go through the match key first, as in the feature builder
const CASES: [string, string][] = [
  ["الصواريخ", "صواريخ"], ["والصواريخ", "صواريخ"], ["بالقاعدة", "قاعد"], ["للقوات", "قوات"],
  ["الأميركية", "اميرك"], ["الأمريكية", "امريك"], ["مسؤولين", "مسؤول"], ["الهجمات", "هجم"], ["وقالت", "قالت"],
  // false positives: clitic-looking letters that belong to the word
  ["ألف", "الف"], ["ألمانيا", "المانيا"], ["وزير", "وزير"], ["وزارة", "وزاره"], ["واشنطن", "واشنطن"], ["لبنان", "لبنان"],
  ["بيان", "بيان"], ["وقف", "وقف"], ["سلم", "سلم"],
];

describe("stem", () => {
  it.each(CASES)("%s → %s", (word, expected) => expect(stem(keyOf(word))).toBe(expected));
});
