import { compareReports } from "../../src/core/conflict/compare.ts";
import { toReportDetails } from "../../src/core/conflict/report-details.ts";
import { extractDetails } from "../../src/core/extract/index.ts";
import type { Conflict } from "../../src/core/conflict/types.ts";
import { elapsed, percent, readCsv, sharedFile } from "./support/data.ts";

/**
 * Headline-level conflict detection on ANS dev (DATA.md §3): one headline of each pair
 * was altered by annotators, so a disagree pair whose numbers or people differ is a clean
 * contradiction Sada should flag, and an agree pair is a paraphrase it must not flag.
 * Numbers differ when the digit strings differ, also when one side has none («مقتل 3» vs
 * «دون وقوع ضحايا» is a count of 0); people differ only when both sides name someone.
 * The rules were developed on ANS train; dev is only measured (its pairs were not read
 * while writing them). Many "one side only" pairs contradict by polarity («يسحب 71 عامل»
 * vs «استمرار اعمال»), which no slot comparison can see: they stay in the denominator.
 */
const digitsOf = (s: string) =>
  new Set(
    s
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .match(/[0-9]+/g) ?? [],
  );
const differ = (a: Set<string>, b: Set<string>) => a.size !== b.size || [...a].some((x) => !b.has(x));

interface Pair {
  stance: string;
  /** digit strings differ: "both" sides have digits, or only "one" has */
  numbers: "both" | "one" | null;
  people: boolean;
  conflicts: Conflict[];
}

function analyze(s1: string, s2: string, stance: string): Pair {
  const d1 = extractDetails(s1);
  const d2 = extractDetails(s2);
  const conflicts = compareReports([toReportDetails({ id: "s1", source: "s1" }, s1, d1, false), toReportDetails({ id: "s2", source: "s2" }, s2, d2, false)]);
  const names = (d: typeof d1) => new Set(d.people.map((p) => p.name));
  const [n1, n2, p1, p2] = [digitsOf(s1), digitsOf(s2), names(d1), names(d2)];
  const numbers = !differ(n1, n2) ? null : n1.size && n2.size ? "both" : "one";
  return { stance, numbers, people: p1.size > 0 && p2.size > 0 && differ(p1, p2), conflicts };
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
      line("  digits on both sides differ", disagree.filter((p) => p.numbers === "both"), ""),
      line("  digits on one side only", disagree.filter((p) => p.numbers === "one"), ""),
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
