import { compareReports } from "../../src/core/conflict/compare.ts";
import { readHeadline, toReportDetails } from "../../src/core/conflict/report-details.ts";
import { extractDetails, givenNamesCompatible, type PersonDetail } from "../../src/core/extract/index.ts";
import { makeDoc } from "../../src/core/extract/doc.ts";
import { parseNumber } from "../../src/core/extract/numbers.ts";
import type { Conflict } from "../../src/core/conflict/types.ts";
import { elapsed, percent, readCsv, sharedFile } from "./support/data.ts";

/**
 * Headline-level conflict detection on ANS dev (DATA.md §3): one headline of each pair
 * was altered by annotators, so a disagree pair whose numbers or people differ is a clean
 * contradiction Sada should flag, and an agree pair is a paraphrase it must not flag.
 * Numbers differ when their values differ, also when one side has none («مقتل 3» vs
 * «دون وقوع ضحايا» is a count of 0). Values, not digit strings: «ستة أشهر» is «6 أشهر» and
 * «ملياري دولار» is «2 مليار دولار». A year is a date: one on one side only («منذ 2012» vs
 * none) differs from nothing; years on both sides that differ («عام 2018» vs «عام 2020») do.
 * People differ when each side names someone the other does not (compatible names, as
 * conflicts read them: «دونالد ترامب» is «ترامب», «أردوغان» is «اردوغان»).
 * Each headline is also read as a headline (claims.ts): opposite poles on one subject
 * («الذهب يرتفع» vs «انخفاض الذهب»), an action one denies and the other asserts.
 * The rules were developed on ANS train; dev is only measured (its pairs were not read
 * while writing them). Pairs that contradict by meaning no table holds («يحظى بشعبية» vs
 * «يواجه 45 قضية») stay in the denominator.
 */
/** The values of a headline's numbers, years apart; vague amounts («عشرات») and the word "one" give none. */
function numbersOf(s: string): { values: Set<number>; years: Set<number> } {
  const doc = makeDoc(s, 0, s.length);
  const values = new Set<number>();
  const years = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const hit = parseNumber(doc, i);
    // «في تصريح واحد», «أحد الناشطات»: the word "one" is no figure anyone checks
    if (!hit || hit.form === "vague" || (hit.form === "words" && hit.min === 1)) continue;
    (hit.form === "digits" && Number.isInteger(hit.min) && hit.min >= 1900 && hit.min <= 2100 ? years : values).add(hit.min);
    i = hit.end - 1;
  }
  return { values, years };
}
const differ = <T>(a: Set<T>, b: Set<T>) => a.size !== b.size || [...a].some((x) => !b.has(x));
const samePerson = (a: PersonDetail, b: PersonDetail) => a.familyKey === b.familyKey && givenNamesCompatible(a.given ?? "", b.given ?? "");
const namesOthers = (a: PersonDetail[], b: PersonDetail[]) => a.some((x) => !b.some((y) => samePerson(x, y)));

interface Pair {
  stance: string;
  /** number values differ: "both" sides have numbers, or only "one" has */
  numbers: "both" | "one" | null;
  people: boolean;
  conflicts: Conflict[];
}

function analyze(s1: string, s2: string, stance: string): Pair {
  const d1 = extractDetails(s1);
  const d2 = extractDetails(s2);
  const conflicts = compareReports([
    { ...toReportDetails({ id: "s1", source: "s1" }, s1, d1, false), headline: readHeadline(s1) },
    { ...toReportDetails({ id: "s2", source: "s2" }, s2, d2, false), headline: readHeadline(s2) },
  ]);
  const [n1, n2] = [numbersOf(s1), numbersOf(s2)];
  const yearsDiffer = n1.years.size > 0 && n2.years.size > 0 && differ(n1.years, n2.years);
  const numbers = !differ(n1.values, n2.values) && !yearsDiffer ? null : (n1.values.size || n1.years.size) && (n2.values.size || n2.years.size) ? "both" : "one";
  const people = namesOthers(d1.people, d2.people) && namesOthers(d2.people, d1.people);
  return { stance, numbers, people, conflicts };
}

const flagged = (ps: Pair[]) => ps.filter((p) => p.conflicts.some((c) => c.severity === "fact")).length;

export default {
  name: "ans: headline conflicts (recall on contradictions, false conflicts on paraphrases)",
  async run() {
    const started = performance.now();
    const file = sharedFile("ans/stance-dev.csv");
    if (!file) return;
    const pairs = readCsv(file).map((r) => analyze(r.s1!, r.s2!, r.stance!));
    const line = (label: string, ps: Pair[], target: string) => ({ pairs: label, n: ps.length, "with ≥1 fact conflict": flagged(ps), rate: percent(flagged(ps), ps.length), target });
    const disagree = pairs.filter((p) => p.stance === "disagree");
    const agree = pairs.filter((p) => p.stance === "agree");
    console.table([
      line("disagree, numbers or people differ (recall)", disagree.filter((p) => p.numbers || p.people), "≥ 80%"),
      line("  numbers on both sides differ", disagree.filter((p) => p.numbers === "both"), ""),
      line("  numbers on one side only", disagree.filter((p) => p.numbers === "one"), ""),
      line("  people differ", disagree.filter((p) => p.people), ""),
      line("disagree, neither differs", disagree.filter((p) => !p.numbers && !p.people), ""),
      line("agree (false-conflict rate)", agree, "≤ 5%"),
      line("  agree, numbers or people differ", agree.filter((p) => p.numbers || p.people), ""),
      line("other", pairs.filter((p) => p.stance === "other"), ""),
    ]);
    const kinds = new Map<string, number>();
    for (const c of pairs.flatMap((p) => p.conflicts)) kinds.set(`${c.kind}:${c.slot}:${c.severity}`, (kinds.get(`${c.kind}:${c.slot}:${c.severity}`) ?? 0) + 1);
    console.log(`conflicts by slot: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`);
    const train = sharedFile("ans/stance-train.csv");
    if (train) {
      const tp = readCsv(train).map((r) => analyze(r.s1!, r.s2!, r.stance!));
      const differing = tp.filter((p) => p.stance === "disagree" && (p.numbers || p.people));
      const agreeing = tp.filter((p) => p.stance === "agree");
      console.log(`train (the rules were developed on it): recall ${percent(flagged(differing), differing.length)} of ${differing.length}, false conflicts ${percent(flagged(agreeing), agreeing.length)} of ${agreeing.length}`);
    }
    console.log(elapsed(started));
  },
};
