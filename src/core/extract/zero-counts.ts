import { Gap, type Doc } from "./doc.ts";
import { ZERO_ANY, ZERO_FILLERS, ZERO_OR, ZERO_NEGATORS, ZERO_NOUNS, ZERO_OPEN_NEGATORS } from "./model/quantities.ts";
import { PhraseIndex, type PhraseHit } from "./phrases.ts";
import { conditionWordAt } from "./count-context.ts";

/**
 * «دون وقوع إصابات», «لم تسفر عن سقوط ضحايا», «لا خسائر بشرية», «لم تسجل الوزارة أي حالة
 * وفاة» (#18): a negator, a few filler words («وقوع», «تسجيل», «أي»; any one word right after
 * «دون», the verb's own subject or day before «أي»), then a casualty noun, all in one phrase.
 * The count is [0, 0].
 */
const negators = new PhraseIndex(ZERO_NEGATORS.map((p) => [p, true] as const));
const nouns = new PhraseIndex(ZERO_NOUNS);
const fillers = new Set(ZERO_FILLERS);
const open = new Set(ZERO_OPEN_NEGATORS);

const any = new Set(ZERO_ANY);
const orWords = new Set(ZERO_OR);
/** Words between the negator and the noun: «لم تسجل الوزارة الاثنين أي حالة وفاة». */
const ZERO_REACH = 4;
/** Words of the negated verb's own before «أي»: its subject, a day. */
const BEFORE_ANY = 2;

/** An «أي» a word or two on, in the same phrase, with only the verb's own words before it. */
function anyAhead(doc: Doc, j: number): boolean {
  for (let k = j + 1; k <= j + BEFORE_ANY && k < doc.tokens.length; k++) {
    if (doc.gaps[k - 1]! > Gap.Space) return false;
    if (any.has(doc.tokens[k]!.normal)) return true;
  }
  return false;
}

export function zeroAt(doc: Doc, i: number): PhraseHit<"injured" | "killed"> | undefined {
  const neg = negators.matchAt(doc, i);
  if (!neg) return undefined;
  for (let j = neg.end; j < Math.min(doc.tokens.length, neg.end + ZERO_REACH); j++) {
    if (doc.gaps[j - 1]! > Gap.Space) return undefined;
    const noun = nouns.matchAt(doc, j, false);
    if (noun) return { value: noun.value, end: noun.end, cut: neg.cut };
    // the one word right after «دون», or the negated verb's own words before «أي» («لم تسجل الوزارة أي حالة وفاة»)
    const afterOpen = j === neg.end && open.has(doc.tokens[i]!.normal) && neg.end === i + 1;
    if (!fillers.has(doc.tokens[j]!.normal) && !afterOpen && !anyAhead(doc, j)) return undefined;
  }
  return undefined;
}

/**
 * «لم تسفر عن وقوع قتلى أو جرحى», «عدم تسجيل أي حالات وفاة أو إصابات»: a casualty noun of
 * the other slot joined by «أو» or «و» to a zero's is negated with it; not one told with its
 * own words after it («دون وقوع وفيات وإصابات طفيفة لـ 4 أشخاص»: four were injured).
 */
export function joinedZero(doc: Doc, end: number, slot: "injured" | "killed"): (PhraseHit<"injured" | "killed"> & { start: number }) | undefined {
  if (end >= doc.tokens.length || doc.gaps[end - 1]! > Gap.Space) return undefined;
  const or = orWords.has(doc.tokens[end]!.normal);
  if (or && doc.gaps[end]! > Gap.Space) return undefined;
  const start = or ? end + 1 : end;
  const noun = or ? nouns.matchAt(doc, start, false) : doc.tokens[end]!.normal.startsWith("و") ? nouns.matchAt(doc, end) : undefined;
  if (!noun || noun.value === slot || (!or && noun.cut !== 1)) return undefined;
  // the phrase ends with the noun: no condition or «لـ» of its own after it
  const next = doc.tokens[noun.end];
  const told = next !== undefined && doc.gaps[noun.end - 1]! <= Gap.Space && (conditionWordAt(doc, noun.end) !== undefined || next.normal.startsWith("ل"));
  return told ? undefined : { ...noun, start };
}
