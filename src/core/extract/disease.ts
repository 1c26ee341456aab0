import type { CountSlot } from "./types.ts";
import type { CountFinding } from "./count-context.ts";
import { Gap, type Doc } from "./doc.ts";
import { baseForms, cliticBefore, withoutArticle } from "./clitics.ts";
import { CASES, CAUGHT_WITH, CAUSED_BY, DISEASES, TOTALS, VIOLENCE, WOUNDS } from "./model/diseases.ts";
import { PART_OF } from "./model/victim-verbs.ts";

const named = new Set(DISEASES);
const caughtWith = new Set(CAUGHT_WITH);
const causedBy = new Set(CAUSED_BY);
const violence = new Set(VIOLENCE);
const wounds = new Set(WOUNDS);
const cases = new Set(CASES);
const partOf = new Set(PART_OF);
const totals = new Set(TOTALS);
/** The slot a count of the injured or the dead takes when it counts a disease's. */
const OF_DISEASE: Partial<Record<CountSlot, CountSlot>> = { injured: "infected", killed: "disease_deaths" };
/** How many words from its figure the disease may be («إصابة 14 كادرا صحيا بمرض الجرب», «وأصيب بالفيروس تسعة أشخاص»). */
const DISEASE_REACH = 4;
/** Words before a figure that may tell it is violence's («مقتل 5»، «لقي … حتفهم» is not) or a part («توفي منهم ثلاثة»). */
const BEFORE = 2;

/**
 * «أعلنت وزارة الصحة تسجيل حالتي إصابة جديدة بفيروس كورونا»: the words that count the
 * wounded count a disease's cases too. A count of the injured or the dead with a disease
 * near it in its clause counts its cases or deaths, a slot of their own, compared with no
 * toll of an attack or a crash; so do the cases counted elsewhere in its sentence («و4 حالات
 * وفاة») and its parts («توفي منهم ثلاثة»). A clause that tells an attack or a crash, or a
 * count of wounds or killing, is violence's whatever disease it names. A running total
 * («ارتفع عدد المصابين إلى 1000») is background.
 */
export function withDiseases(doc: Doc, counts: CountFinding[]): void {
  const any = (from: number, to: number, test: (i: number) => boolean) => {
    for (let i = Math.max(0, from); i < Math.min(doc.tokens.length, to); i++) if (test(i)) return true;
    return false;
  };
  const among = (words: ReadonlySet<string>) => (i: number) => baseForms(doc.readings[i]!).some((f) => words.has(f));
  // «بفيروس», «بسبب الفيروس»: caught with it, or because of it
  const caught = (i: number, cut: number) => cliticBefore(doc.tokens[i]!.normal, cut) === "ب" || (i > 0 && causedBy.has(doc.tokens[i - 1]!.normal));
  const isDisease = (i: number) =>
    doc.readings[i]!.some(([form, cut]) => [form, withoutArticle(form)].some((f) => f !== undefined && (named.has(f) || (caughtWith.has(f) && caught(i, cut)))));
  const clause = (c: CountFinding) => {
    let from = c.first;
    while (from > 0 && doc.gaps[from - 1]! < Gap.Clause) from--;
    let to = c.last;
    while (to < doc.tokens.length && doc.gaps[to - 1]! < Gap.Clause) to++;
    return [from, to] as const;
  };
  // the words between stay in the figure's clause and name no other figure
  const near = (c: CountFinding) => {
    for (let k = c.last; k < Math.min(doc.tokens.length, c.last + DISEASE_REACH); k++) {
      if (doc.gaps[k - 1]! >= Gap.Clause || doc.tokens[k]!.kind === "number") break;
      if (isDisease(k)) return true;
    }
    for (let k = c.first - 1; k >= Math.max(0, c.first - DISEASE_REACH); k--) {
      if (doc.gaps[k]! >= Gap.Clause || doc.tokens[k]!.kind === "number") break;
      if (isDisease(k)) return true;
    }
    return false;
  };
  const candidates = counts.filter((c) => OF_DISEASE[c.slot] && !any(c.first - BEFORE, c.last, among(wounds)) && !any(...clause(c), among(violence)));
  const direct = new Set(candidates.filter(near));
  const sentences = new Set([...direct].map((c) => doc.sentence[c.first]!));
  for (const c of candidates) {
    if (!sentences.has(doc.sentence[c.first]!)) continue;
    if (!direct.has(c) && !any(c.first, c.last, among(cases)) && !any(c.first - BEFORE, c.first, among(partOf))) continue;
    c.slot = OF_DISEASE[c.slot]!;
    // «إلى 1000 حالة»: the running total, in its clause, is no day's tally
    const [from] = clause(c);
    if (any(Math.max(c.first - DISEASE_REACH, from), c.first, among(totals))) c.background = true;
  }
}
