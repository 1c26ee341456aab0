import { describe, expect, it } from "vitest";
import { scaleSlip } from "./figure-slips.ts";
import type { StoredCount } from "./report-details.ts";

const figure = (min: number, text: string): StoredCount => ({ slot: "quantity", min, max: min, group: "ريال", text, quote: text });

// [label, a, b, one figure read two ways]
const CASES: [string, StoredCount, StoredCount, boolean][] = [
  ["a dot between thousands read as a decimal", figure(72.837, "72.837 مترا"), figure(72837, "72837 مترا"), true],
  ["a dot grouping thousands read as such, beside its decimal reading", figure(209_020, "209.020 عبوة"), figure(209.02, "209.02 عبوة"), true],
  ["the zeros and «ألف» both", figure(18_000_000, "(18000) ألف ريال"), figure(18_000, "18 ألف ريال"), true],
  ["the figure in full groups and still «مليون» (SaudiNewsNet: one project's cost)", figure(134_230_000_000_000, "134.230.000 مليون ريال"), figure(134_200_000, "134.2 مليون ريال"), true],
  ["… beside the same digits without the scale word", figure(665_932_983e6, "665,932,983 مليون ريال"), figure(665_932_983, "665.932.983 ريالا"), true],
  ["Arabic-Indic digits with a thousands group", figure(72.837, "٧٢٫٨٣٧ مترا"), figure(72837, "72837 مترا"), true],
  // two figures, told plainly (or only one way unsure)
  ["«1.500 مليار» (Gulf style for 1.5 billion) is no «1.5 مليون»", figure(1.5e9, "1.500 مليار دولار"), figure(1.5e6, "1.5 مليون دولار"), false],
  ["a comma between thousands read right is no million", figure(1500, "1,500 دولار"), figure(1.5e6, "1.5 مليون دولار"), false],
  ["a billion of an unsure figure is no bare one", figure(72.837e9, "72.837 مليار"), figure(72.837, "72.837"), false],
  ["«2 مليون» and «2 مليار», each written plainly", figure(2_000_000, "2 مليون ريال"), figure(2_000_000_000, "2 مليار ريال"), false],
  ["a thousands group, but not a thousand times apart", figure(72.837, "72.837 مترا"), figure(65_000, "65 ألف متر"), false],
  ["a thousand times apart less a little", figure(72.837, "72.837 مترا"), figure(72_900, "72900 مترا"), false],
  ["a decimal with two places", figure(5.25, "5.25 مليار"), figure(5250, "5250 ريال"), false],
  ["full groups and a scale word, beside another figure", figure(665_932_983e6, "665,932,983 مليون ريال"), figure(542_963_440, "542.963.440 ريال"), false],
  ["one group and a scale word is its own figure («1.500 مليار»), not the bare digits", figure(1.5e9, "1.500 مليار ريال"), figure(1500, "1,500 ريال"), false],
  ["zeros without a scale word", figure(18_000, "18000 ريال"), figure(18, "18 ريالا"), false],
];

describe("scaleSlip", () => {
  it.each(CASES)("%s", (_label, a, b, expected) => {
    expect(scaleSlip(a, b)).toBe(expected);
    expect(scaleSlip(b, a)).toBe(expected);
  });
});
