import { describe, expect, it } from "vitest";
import { extractDetails } from "../extract/index.ts";
import { toReportDetails } from "./report-details.ts";

const PUBLISHED = "2015-07-31T22:00:00+03:00";
const partsOf = (text: string) => toReportDetails({ id: "r", source: "x", published: PUBLISHED }, text, extractDetails(text, { published: PUBLISHED }), false).partsOfDay ?? [];

// [label, report text, the parts of the day its lead tells its tolls with]
const LEADS: [string, string, string[]][] = [
  ["the toll's own sentence (SaudiNewsNet, the Red Crescent)", "لقي شخصان مصرعهما وأصيب 4 آخرون في حادث مروري وقع صباح اليوم بطريق الدمام.", ["morning"]],
  [
    "a later sentence of the lead that tells the toll with its time (SaudiNewsNet)",
    "لقي شخصان مصرعهما بينما أصيب أربعة آخرون بجروح في حادث مروري على طريق الدمام. وقال المتحدث إن الفرق باشرت حادث تصادم عند الساعة السادسة من صبيحة، اليوم الجمعة، وعند الوصول تم فرز الحالات: حالتا وفاة، و3 إصابات متوسطة.",
    ["morning"],
  ],
  // false positives: a time of the lead that is not its tolls'
  ["a sentence without a toll", "وصلت فرق الإسعاف مساء اليوم إلى الموقع. ولقي شخصان مصرعهما في الحادث.", []],
  ["the time of a statement", "قتل خمسة جنود في هجوم على حاجز، بحسب ما أعلن الجيش مساء اليوم.", []],
  ["a time further down than the lead", `قتل خمسة جنود في هجوم على حاجز للجيش.\n${"وتواصل القوات عملياتها في المنطقة منذ أسابيع بحثا عن المسلحين. ".repeat(12)}\nوقتل جندي آخر مساء اليوم.`, []],
];

describe("a report's lead's parts of the day", () => {
  it.each(LEADS)("%s", (_label, text, expected) => expect(partsOf(text)).toEqual(expected));
});
