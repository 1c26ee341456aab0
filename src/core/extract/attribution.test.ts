import { describe, expect, it } from "vitest";
import { extractDetails } from "./index.ts";

/** [id, kind, span, via id or null] of every attribution. */
const attributions = (s: string) => extractDetails(s).attributions.map((a) => [a.id, a.kind, a.text, a.via?.id ?? null]);

type Row = [name: string, input: string, expected: (string | null)[][]];

// #35 one agency, many wordings; #36 two sources; #39 «نقلاً عن» gives the value to the quoted source
const ATTRIBUTIONS: Row[] = [
  ["#35 «قالت رويترز»", "قالت رويترز إن", [["reuters", "agency", "رويترز", null]]],
  ["#35 «ذكرت وكالة رويترز للأنباء»", "ذكرت وكالة رويترز للأنباء أن", [["reuters", "agency", "وكالة رويترز للأنباء", null]]],
  ["#35 «بحسب رويترز»", "بحسب رويترز", [["reuters", "agency", "رويترز", null]]],
  ["#35 AFP abbreviation", "قالت أ ف ب", [["afp", "agency", "أ ف ب", null]]],
  ["#36 two security sources", "وأفاد مصدران أمنيان عراقيان بأنه", [["source:security:IQ", "anonymous", "مصدران أمنيان عراقيان", null]]],
  ["#39 agency quoting officials", "نقلت وكالة رويترز عن مسؤولين أمريكيين قولهم", [["official:US", "official", "مسؤولين أمريكيين", "reuters"]]],
  ["#39 «نقلاً عن»", "قالت وكالة الأناضول نقلا عن مصادر محلية", [["source:local", "anonymous", "مصادر محلية", "anadolu"]]],
  ["#39 officials telling an agency", "كشف مسؤولون أميركيون لرويترز أن", [["official:US", "official", "مسؤولون أميركيون", "reuters"]]],
  ["institution", "وقالت وزارة الدفاع الأميركية (البنتاغون) إنها", [["pentagon", "institution", "وزارة الدفاع الأميركية", null]]],
  ["person as a source", "وقال أوستن إن", [["lloyd_austin", "person", "أوستن", null]]],
  // false positives
  ["an agency named without a saying verb", "زار مكتب رويترز في بغداد", []],
  ["an institution as an object", "هاجموا البنتاغون", []],
];

describe("attribution (#35, #36, #39)", () => {
  it.each(ATTRIBUTIONS)("%s: %s", (_name, input, expected) => expect(attributions(input)).toEqual(expected));

  it("#39 a count belongs to the quoted source, via the agency", () => {
    const [c] = extractDetails("وقد نقلت وكالة رويترز عن مسؤولين أمريكيين أن ما لا يقل عن خمسة جنود أصيبوا").counts;
    expect(c!.attribution).toMatchObject({ id: "official:US", via: { id: "reuters" } });
  });

  it("#36 «مصدران أمنيان» is two sources and never a casualty count", () => {
    const d = extractDetails("وأفاد مصدران أمنيان عراقيان بأنه تم إطلاق صاروخين");
    expect(d.counts.map((c) => [c.slot, c.min])).toEqual([["sources", 2], ["projectiles_fired", 2]]);
    expect(d.counts[1]!.attribution?.id).toBe("source:security:IQ");
  });
});
