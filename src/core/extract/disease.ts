import type { CountSlot } from "./types.ts";
import type { CountFinding } from "./count-context.ts";
import { Gap, type Doc } from "./doc.ts";
import { baseForms } from "./clitics.ts";
import { CASES, DISEASES, WOUNDS } from "./model/diseases.ts";

const diseases = new Set(DISEASES);
const wounds = new Set(WOUNDS);
const cases = new Set(CASES);
/** The slot a count of the injured or the dead takes when it counts a disease's. */
const OF_DISEASE: Partial<Record<CountSlot, CountSlot>> = { injured: "infected", killed: "disease_deaths" };
/** How many words from its figure the disease may be («إصابة 14 كادرا صحيا بمرض الجرب», «وأصيب بالفيروس تسعة أشخاص»). */
const DISEASE_REACH = 4;
const CASE_BEFORE = 2;

/**
 * «أعلنت وزارة الصحة تسجيل حالتي إصابة جديدة بفيروس كورونا»: the words that count the
 * wounded count a disease's cases too. A count of the injured or the dead with a disease
 * near it in its clause counts its cases or deaths, a slot of their own, compared with no toll
 * of an attack or a crash; so do the other cases counted in its sentence («وحالة وفاة») and
 * its bare figures («وأصيب بالفيروس تسعة أشخاص توفي منهم ثلاثة»).
 */
export function withDiseases(doc: Doc, counts: CountFinding[]): void {
  const has = (i: number, words: ReadonlySet<string>) => baseForms(doc.readings[i]!).some((f) => words.has(f));
  const inSpan = (c: CountFinding, words: ReadonlySet<string>, from = c.first) => {
    for (let i = from; i < c.last; i++) if (has(i, words)) return true;
    return false;
  };
  // «وحالة وفاة واحدة»: the noun before a number word after it
  const counted = (c: CountFinding) => inSpan(c, cases, Math.max(0, c.first - CASE_BEFORE));
  // the words between stay in the figure's clause and name no other figure
  const near = (c: CountFinding) => {
    for (let k = c.last; k < Math.min(doc.tokens.length, c.last + DISEASE_REACH); k++) {
      if (doc.gaps[k - 1]! >= Gap.Clause || doc.tokens[k]!.kind === "number") break;
      if (has(k, diseases)) return true;
    }
    for (let k = c.first - 1; k >= Math.max(0, c.first - DISEASE_REACH); k--) {
      if (doc.gaps[k]! >= Gap.Clause || doc.tokens[k]!.kind === "number") break;
      if (has(k, diseases)) return true;
    }
    return false;
  };
  const candidates = counts.filter((c) => OF_DISEASE[c.slot] && !inSpan(c, wounds));
  const sentences = new Set(candidates.filter(near).map((c) => doc.sentence[c.first]!));
  for (const c of candidates) {
    if (sentences.has(doc.sentence[c.first]!) && (near(c) || counted(c) || !c.noun)) c.slot = OF_DISEASE[c.slot]!;
  }
}
