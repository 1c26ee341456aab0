/**
 * Known misses of count extraction (ARCHITECTURE.md §9: kept visible, not deleted), from
 * `npm run eval` on test/fixtures/golden/snn-counts.jsonl. Rows have the shape of
 * counts.test.ts: [why, input, expected [slot, min, max, span]]. Move a row into
 * counts.test.ts when a rule makes it pass. Not run by vitest (the name ends in .ignore.ts).
 */
export const COUNT_BACKLOG: [why: string, input: string, expected: (string | number | null)[][]][] = [
  ["a subset stated after the verb («ثلاثة منهم إصاباتهم بالغة»)", "وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة", [["injured", 9, 9, "تسعة آخرين"], ["injured", 3, 3, "ثلاثة منهم"]]],
  ["«حالة» counted by context (cases of injury)", "ونتج عن الحادث 6 إصابات بينهم حالة حرجة و5 حالات متوسطة", [["injured", 6, 6, "6 إصابات"], ["injured", 1, 1, "حالة حرجة"], ["injured", 5, 5, "5 حالات"]]],
  ["nouns outside the counted-noun table (schools, phones, teams)", "تحتل الميليشيات 68 مدرسة", [["other", 68, 68, "68 مدرسة"]]],
];
