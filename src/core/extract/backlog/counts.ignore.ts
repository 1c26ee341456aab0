/**
 * Known misses of count extraction (ARCHITECTURE.md §9: kept visible, not deleted), from
 * `npm run eval` on test/fixtures/golden/snn-counts.jsonl. Rows have the shape of
 * counts.test.ts: [why, input, expected [slot, min, max, span]]. Move a row into
 * counts.test.ts when a rule makes it pass. Not run by vitest (the name ends in .ignore.ts).
 */
export const COUNT_BACKLOG: [why: string, input: string, expected: (string | number | null)[][]][] = [
  ["nouns outside the counted-noun table (schools, phones, teams)", "تحتل الميليشيات 68 مدرسة", [["other", 68, 68, "68 مدرسة"]]],
];
