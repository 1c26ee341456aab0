import { Gap, type Doc } from "./doc.ts";
import { ZERO_ANY, ZERO_FILLERS, ZERO_NEGATORS, ZERO_NOUNS, ZERO_OPEN_NEGATORS } from "./model/quantities.ts";
import { PhraseIndex, type PhraseHit } from "./phrases.ts";

/**
 * «دون وقوع إصابات», «لم تسفر عن سقوط ضحايا», «لا خسائر بشرية» (#18): a negator, at most
 * one filler word (any word after «دون»), then a casualty noun, all in one phrase. The count is [0, 0].
 */
const negators = new PhraseIndex(ZERO_NEGATORS.map((p) => [p, true] as const));
const nouns = new PhraseIndex(ZERO_NOUNS);
const fillers = new Set(ZERO_FILLERS);
const open = new Set(ZERO_OPEN_NEGATORS);

const any = new Set(ZERO_ANY);
/** Words between the negator and the noun: «عدم تسجيل أي حالات وفاة». */
const ZERO_REACH = 3;

export function zeroAt(doc: Doc, i: number): PhraseHit<"injured" | "killed"> | undefined {
  const neg = negators.matchAt(doc, i);
  if (!neg) return undefined;
  for (let j = neg.end; j < Math.min(doc.tokens.length, neg.end + ZERO_REACH); j++) {
    if (doc.gaps[j - 1]! > Gap.Space) return undefined;
    const noun = nouns.matchAt(doc, j, false);
    if (noun) return { value: noun.value, end: noun.end, cut: neg.cut };
    // the one word right after «دون», or the negated verb's subject before «أي» («لم تسجل الوزارة أي حالة وفاة»)
    const anyWord = j === neg.end && ((open.has(doc.tokens[i]!.normal) && neg.end === i + 1) || any.has(doc.tokens[j + 1]?.normal ?? ""));
    if (!fillers.has(doc.tokens[j]!.normal) && !anyWord) return undefined;
  }
  return undefined;
}
