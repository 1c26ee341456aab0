import {
  conditionAfter, conditionWordAt, coordinatedSlot, gluedToNumber, groupEnd, hedgeBefore, isNonCount, jointTollAt, nounAt, slotFor, tollSlot, verbAfter, verbBefore,
  victimPredicate, VICTIM_SLOTS, widen, type CountFinding, type NounHit,
} from "./count-context.ts";
import { Gap, spanOf, type Doc } from "./doc.ts";
import { COUNTED_NOUNS, EMPHATIC_ONE, EMPHATIC_TWO, GENERIC_CLASSES, OF_THE_TWO, PEOPLE_CLASSES } from "./model/counted-nouns.ts";
import { DEMONSTRATIVES, FELL, FORCES, LOYAL_TO, MEMBERS, NO_SIDE, NOT_DEFINITE, OTHER_SIDES, RANKS, RANKS_OF_PRONOUN, RELATIVES, SIDE_PREPOSITIONS } from "./model/sides.ts";
import { keySet } from "../text/normalize.ts";
import { cliticBefore, withoutArticle } from "./clitics.ts";
import { HEDGES_AFTER, type Hedge } from "./model/quantities.ts";
import { AFTER_ANOTHER, AMONG_THEM, ANOTHER, CASE_BLOCKERS, CASE_WORDS, ONE_OF_THEM, PART_OF, VICTIM_AFTER } from "./model/victim-verbs.ts";
import { nisbaCountry } from "./nisba.ts";
import { withDiseases } from "./disease.ts";
import { parseNumber, type NumberHit } from "./numbers.ts";
import { bareAmount, nounUnit, quantityUnit, wholeThings } from "./quantity.ts";
import { PhraseIndex } from "./phrases.ts";
import type { CountSlot } from "./types.ts";
import { isPrisonTerm, verdictAt } from "./verdicts.ts";
import { joinedZero, zeroAt } from "./zero-counts.ts";

/**
 * Counts (ARABIC.md §3): a number becomes a count only when tied to a counted noun within
 * reach or governed by a victim verb; duals of counted nouns count 2 (#13), sound plurals
 * never do (#14); hedges and vague amounts become intervals (#16, #17); zero phrases give
 * [0, 0] (#18); designators, units and money are left alone (#19).
 */
export type { CountFinding } from "./count-context.ts";

const hedgesAfter = new PhraseIndex(HEDGES_AFTER);
const PARTITIVE = new Set(["من", "بينهم", "منهم"]);
/** «أحد» before a definite plural: «أحد الجنود أصيب» = 1, «أحد المصدرين» = a reference, not a count. */
const ONE_OF = new Set(["احد", "احدي"]);

type Draft = Omit<CountFinding, "text" | "start" | "end">;
type Found = { detail: Draft; from: number; to: number; cut: number };

export function findCounts(doc: Doc, claimed: Uint8Array): CountFinding[] {
  const out: CountFinding[] = [];
  const push = (d: Draft, from: number, to: number, cut: number) => {
    out.push({ ...spanOf(doc, from, to, cut), ...d });
    for (let k = from; k < to; k++) claimed[k] = 1;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    if (claimed[i]) continue;
    const z = zeroAt(doc, i);
    if (z) {
      // «دون وقوع إصابات خطيرة»: none in that condition, not none at all
      const condition = z.value === "injured" ? conditionWordAt(doc, z.end) : undefined;
      const end = condition ? z.end + 1 : z.end;
      push({ slot: z.value, min: 0, max: 0, first: i, last: end, ...(condition ? { condition } : {}) }, i, end, z.cut);
      const joined = condition ? undefined : joinedZero(doc, end, z.value);
      if (joined) push({ slot: joined.value, min: 0, max: 0, first: joined.start, last: joined.end }, joined.start, joined.end, joined.cut);
      i = (joined?.end ?? end) - 1;
      continue;
    }
    const v = verdictAt(doc, i);
    if (v) {
      // an acquittal is no sentence: [0, 0]; death and life are sentences of their own unit
      const value = v.verdict === "acquittal" ? 0 : 1;
      push({ slot: "sentence", min: value, max: value, unit: value ? v.verdict : "", first: i, last: i + 1 }, i, i + 1, v.cut);
      continue;
    }
    const found = countAt(doc, i, claimed, out[out.length - 1]);
    if (typeof found === "number") i = found - 1;
    else if (found) {
      push(found.detail, found.from, found.to, found.cut);
      i = found.to - 1;
    }
  }
  withSides(doc, out);
  withDiseases(doc, out);
  return out;
}

const SIDE_SLOTS = new Set<CountSlot>(["killed", "injured", "casualties", "missing"]);
const sidePrepositions = keySet(SIDE_PREPOSITIONS);
const ranksOfPronoun = keySet(RANKS_OF_PRONOUN);
const fell = keySet(FELL);
const forces = keySet(FORCES);
const noSide = keySet(NO_SIDE);
const demonstratives = keySet(DEMONSTRATIVES);
const relatives = keySet(RELATIVES);
const loyalTo = keySet(LOYAL_TO);
const members = keySet(MEMBERS);
const otherSides = keySet(OTHER_SIDES);
const notDefinite = keySet(NOT_DEFINITE);

/**
 * «قتيلين وثلاثة جرحى في صفوف القوات المسلحة»: the side after a toll (or after the tolls
 * coordinated with it) is the group of a toll that names none of its own; a toll of
 * soldiers stays soldiers'. «في صفوفهم» names a side only the sentence before knows: its
 * group is the pronoun (see groupKey).
 */
function withSides(doc: Doc, counts: CountFinding[]): void {
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    if (!SIDE_SLOTS.has(c.slot) || (c.groupClass && !GENERIC_CLASSES.has(c.groupClass))) continue;
    let j = c.last;
    // the tolls coordinated after this one share its side («و» before a figure is a token of its own)
    for (let n = k + 1; n < counts.length && SIDE_SLOTS.has(counts[n]!.slot) && doc.gaps[j - 1]! <= Gap.Space; n++) {
      const at = doc.tokens[j]?.normal === "و" ? j + 1 : j;
      if (counts[n]!.first !== at) break;
      j = counts[n]!.last;
    }
    if (j < doc.tokens.length && fell.has(doc.tokens[j]!.normal) && doc.gaps[j - 1]! <= Gap.Space) j++;
    const side = sideAt(doc, j) ?? sideOfToll(doc, c.first);
    if (!side) continue;
    c.group = spanOf(doc, side.start, side.end, 0).text;
    const noun = nounAt(doc, side.start, true);
    if (noun) c.groupClass = noun.noun.cls;
  }
}

/** «ارتفع عدد القتلى في صفوف قوات الأمن إلى 60»: the side between a toll's noun and the «إلى» before its figure. */
function sideOfToll(doc: Doc, first: number): { start: number; end: number } | undefined {
  if (first < 1 || doc.tokens[first - 1]!.normal !== "الي") return undefined;
  for (let j = first - 3; j >= Math.max(1, first - 6); j--) {
    const side = sideAt(doc, j);
    if (side?.end === first - 1) return side;
  }
  return undefined;
}

/**
 * «و» and another side: «وقوات صالح», «والمدنيين», «والشرطة», «وحلفائهم». Not «وإحراق آليات»
 * (a verbal noun), «ومعظمهم», «ومنهم», «والذين», «والسيطرة».
 */
function anotherSide(word: string): boolean {
  if (!word.startsWith("و") || word.length < 3) return false;
  const rest = word.slice(1);
  if (relatives.has(rest)) return false;
  const bare = withoutArticle(rest) ?? rest;
  const noun = COUNTED_NOUNS.get(bare);
  const pluralOfPeople = rest.startsWith("ال") && /(ين|ون)$/.test(rest);
  return pluralOfPeople || forces.has(bare) || otherSides.has(bare) || (noun !== undefined && noun.slot === null && !GENERIC_CLASSES.has(noun.cls));
}

/** «صفوفهم», «بصفوفهم»: a side known only from the sentence before (conflict/group-key.ts keys it by its sentence). */
export const pronounSide = (word: string) => ranksOfPronoun.has(word.replace(/^ب/, ""));

/** «في صفوف الحوثيين» / «بصفوف القوات الموالية لهادي» / «في صفوفهم» at token j: the side's words. */
function sideAt(doc: Doc, j: number): { start: number; end: number } | undefined {
  const near = (i: number) => i > 0 && i < doc.tokens.length && doc.gaps[i - 1]! <= Gap.Space && doc.tokens[i]!.kind === "word";
  const word = (i: number) => doc.tokens[i]!.normal;
  if (!near(j)) return undefined;
  const after = sidePrepositions.has(word(j)) && near(j + 1) ? word(j + 1) : undefined;
  if ((after && ranksOfPronoun.has(after)) || pronounSide(word(j))) return after ? { start: j + 1, end: j + 2 } : { start: j, end: j + 1 };
  let head = after === RANKS ? j + 2 : word(j) === `ب${RANKS}` ? j + 1 : -1;
  if (head < 0 || !near(head)) return undefined;
  if (demonstratives.has(word(head)) && near(head + 1)) head++;
  if (members.has(word(head)) && near(head + 1)) head++;
  // «في صفوف هؤلاء»: a side only the sentence before knows, and no name to key it by
  if (noSide.has(word(head)) || demonstratives.has(word(head))) return undefined;
  let end = head + 1;
  // a second word describes the head («القوات الموالية») or completes it («قوات الأمن»), a third
  // its nationality («القوات المسلحة التركية»), a further description («الجيش السوري الحر»), its
  // patron («الموالية لهادي») or name («تنظيم داعش»)
  const definite = (i: number) => word(i).startsWith("ال") && !notDefinite.has(word(i));
  if (near(end) && !relatives.has(word(end)) && !anotherSide(word(end)) && (!definite(head) || definite(end))) {
    end++;
    const second = word(end - 1);
    const describes = () => definite(head) && definite(end - 1) && definite(end) && !relatives.has(word(end)); // «الجيش السوري الحر»
    if (near(end) && (describes() || nisbaCountry(word(end)) || loyalTo.has(second) || forces.has(withoutArticle(second) ?? second))) end++;
  }
  // «الحوثيين وقوات صالح», «الكوادر الطبية والمرضى»: two sides together, none of them alone
  if (near(end) && anotherSide(word(end))) return undefined;
  return { start: head, end };
}

/** Noun, group, nationality and the injured's condition of a count, written into the draft. */
function describe(doc: Doc, d: Draft, noun: NounHit, groupTo: number, country: string | undefined, conditionFrom: number): Draft {
  d.noun = spanOf(doc, noun.start, noun.end, noun.cut).text;
  if (noun.noun.cls !== "victim" && noun.noun.cls !== "time") d.group = spanOf(doc, noun.start, groupTo, noun.cut).text;
  d.groupClass = noun.noun.cls;
  if (country) d.nationality = country;
  // «3 إصابات متوسطة»: a victim noun's own severity word, else one told after the count
  const condition = d.slot === "injured" ? ((noun.noun.slot !== null ? conditionWordAt(doc, noun.end) : undefined) ?? conditionAfter(doc, conditionFrom)?.condition) : undefined;
  if (condition) d.condition = condition;
  return d;
}

/** A count at token i; a number that is not a count returns the token after it, so its parts are not read again. */
function countAt(doc: Doc, i: number, claimed: Uint8Array, prev?: CountFinding): Found | number | undefined {
  const hit = parseNumber(doc, i);
  if (!hit) return dualOrSingle(doc, i, prev) ?? another(doc, i, prev) ?? injuredCase(doc, i, prev);
  for (let k = hit.start; k < hit.end; k++) if (claimed[k]) return undefined;
  return numberCount(doc, i, hit, prev) ?? hit.end;
}

function numberCount(doc: Doc, i: number, hit: NumberHit, prev?: CountFinding): Found | undefined {
  const tok = doc.tokens[i]!;
  const hb = hedgeBefore(doc, i);
  const from = hb ? hb.start : i;
  if (gluedToNumber(doc, i)) return undefined;
  const unit = quantityUnit(doc, hit, from);
  if (unit) return quantity(hit, hb, from, unit, isPrisonTerm(doc, from, unit.unit));
  if (isNonCount(doc, hit, i)) return undefined;
  if (tok.kind === "word" && ONE_OF.has(doc.readings[i]!.at(-1)![0]) && hit.end === i + 1) return oneOf(doc, i, hit, prev);
  const part = injuredPart(doc, from, hit, hb, prev);
  if (part) return part;
  let at = hit.end;
  let partitive = false;
  if (doc.tokens[at] && PARTITIVE.has(doc.tokens[at]!.normal) && doc.gaps[at - 1]! <= Gap.Space) (at++, (partitive = true));
  let noun = doc.gaps[at - 1]! <= Gap.Space ? nounAt(doc, at, !partitive) : undefined;
  // «60 من ضربة حرة»: a partitive takes a definite or plural noun, never an indefinite singular
  if (noun && partitive && noun.noun.singular && !noun.definite) noun = undefined;
  if (noun && noun.noun.dual) return undefined;
  // «خمس الطلاب» is a fifth, not five (#20); vague words and «من» take a definite noun
  if (noun && noun.definite && hit.form === "words" && !partitive) return undefined;
  let to = noun ? noun.end : hit.end;
  const group = noun ? groupEnd(doc, noun.end) : undefined;
  if (group) to = group.end;
  // «15 قتيلا وجريحا», «20 شخصا بين قتيل وجريح»: one toll of both
  const joint = jointTollAt(doc, noun && noun.noun.slot === null ? to : hit.end);
  if (joint) to = Math.max(to, joint);
  const predicate = noun && !joint && noun.noun.slot === null ? victimPredicate(doc, to) : undefined;
  if (predicate) to++;
  const ha = to < doc.tokens.length ? hedgesAfter.matchAt(doc, to, false) : undefined;
  if (ha) to = ha.end;
  const conj = hit.cut > 0 || doc.tokens[from - 1]?.normal === "و";
  let slot: CountSlot | undefined;
  let nationality: string | undefined;
  if (joint) slot = "casualties";
  else if (noun) slot = predicate ?? slotFor(doc, noun, from, to, prev);
  else {
    const verb = verbBefore(doc, from, 2);
    slot = (verb && VICTIM_SLOTS.has(verb) ? verb : undefined) ?? tollSlot(doc, i) ?? coordinatedSlot(doc, from, prev, conj);
    const bare = slot ? undefined : bareAmount(doc, hit);
    if (bare) return quantity(hit, hb, from, bare);
    const noun = slot ? undefined : nounUnit(doc, hit);
    if (noun) return quantity({ ...hit, min: hit.min * wholeThings(doc, hit), max: hit.max === null ? null : hit.max * wholeThings(doc, hit) }, hb, from, noun);
    // a bare number needs a victim verb; a bare year («بين 1993 و2006») never counts
    if (!slot || (hit.form === "digits" && hit.min >= 1900 && hit.min <= 2100 && Number.isInteger(hit.min))) return undefined;
    // «خمس الطلاب»: a number word before a definite noun is a fraction or an ordinal (#20)
    const next = doc.tokens[hit.end];
    if (next && doc.gaps[hit.end - 1]! <= Gap.Space && next.normal.startsWith("ال") && hit.form !== "vague") return undefined;
    // «ثلاثة أردنيين»: a nisba stands for the people counted
    const cc = next && doc.gaps[hit.end - 1]! <= Gap.Space && to === hit.end ? nisbaCountry(next.normal) : undefined;
    if (cc) (to++, (nationality = cc));
  }
  // «لعدّة مرات» with no event noun before it is not a detail
  if (noun?.noun.cls === "time" && slot === "other") return undefined;
  // «و5 حالات متوسطة»: a bare figure's condition, its words part of the span when they follow it
  const told = !noun && slot === "injured" ? conditionAfter(doc, to) : undefined;
  if (told?.start === to) to = told.end;
  const [min, max] = widen(hit.min, hit.max, hb?.hedge ?? ha?.value);
  const detail: Draft = { slot, min, max, first: from, last: to };
  if (noun) describe(doc, detail, noun, group!.end, group!.country, to);
  // the people named by their nisba are the count's group: people in general, as «أشخاص» (groupKey)
  else if (nationality) Object.assign(detail, { nationality, group: spanOf(doc, hit.end, hit.end + 1, 0).text });
  if (told) detail.condition = told.condition;
  return { detail, from, to, cut: hb ? 0 : hit.cut };
}

/** A figure with its unit (quantity.ts): «64 مليار دولار», «15 يوما», «8 معلومات»; a prison term («السجن 6 سنوات») is a sentence. */
function quantity(hit: NumberHit, hb: { hedge: Hedge } | undefined, from: number, unit: { unit: string; to: number }, term = false): Found {
  const [min, max] = widen(hit.min, hit.max, hb?.hedge);
  return { detail: { slot: term ? "sentence" : "quantity", min, max, unit: unit.unit, first: from, last: unit.to }, from, to: unit.to, cut: hb ? 0 : hit.cut };
}

const PLURAL_VERB = /(?:وا|هم|هما|هن)$/;
/** «صاروخين», «مصدران أمنيان»: the dual of a counted noun is 2; «وفاة متعاقد», «جندي أصيب», «مدنيين وجندي»: 1. */
function dualOrSingle(doc: Doc, i: number, prev?: CountFinding): Found | undefined {
  const two = emphaticTwo(doc, i);
  if (two) {
    // the word for two is part of the figure's words; "one of the two" is not
    const end = emphatic.has(doc.tokens[two.end]!.normal) ? two.end + 1 : two.end;
    const slot = slotFor(doc, two, i, end, prev);
    return { detail: describe(doc, { slot, min: 2, max: 2, first: i, last: end }, two, two.end, undefined, end), from: i, to: end, cut: two.cut };
  }
  const noun = nounAt(doc, i);
  if (!noun || noun.definite) return undefined;
  // «وطفلان», «وجندي»: joined by «و» to the count before
  const joined = noun.cut > 0 && doc.tokens[i]!.normal[0] === "و";
  let value: number;
  let coordinated: CountSlot | undefined;
  if (noun.noun.dual) value = 2;
  else if (noun.noun.singular && noun.noun.slot === null && noun.noun.cls !== "time") {
    const before = verbBefore(doc, i, 1);
    // a verb in the plural after it is told of more than this one («41 متمردا حوثيا لقوا مصرعهم»)
    const after = verbAfter(doc, noun.end, 1);
    if (after && PLURAL_VERB.test(doc.tokens[after.at]!.normal)) return undefined;
    coordinated = joined ? coordinatedSlot(doc, i, prev, true) : undefined;
    if (!after && !(before && VICTIM_SLOTS.has(before)) && !coordinated) return undefined;
    value = 1;
  } else if (noun.noun.singular && noun.noun.slot !== null && VICTIM_SLOTS.has(noun.noun.slot) && oneCase(doc, i, noun)) value = 1;
  else return undefined;
  // «إصابة حرجة»: the severity is part of the case's words
  const group = noun.noun.slot !== null && conditionWordAt(doc, noun.end) !== undefined ? { end: noun.end + 1 } : groupEnd(doc, noun.end);
  const slot = coordinated ?? slotFor(doc, noun, i, group.end, prev, joined);
  // «وحالة وفاة واحدة»: the word for one after a singular is its figure told again, not a count of its own
  const to = value === 1 && doc.gaps[group.end - 1]! <= Gap.Space && emphaticOne.has(doc.tokens[group.end]?.normal ?? "") ? group.end + 1 : group.end;
  const detail = describe(doc, { slot, min: value, max: value, first: i, last: to }, noun, group.end, group.country, to);
  return { detail, from: i, to, cut: noun.cut };
}

/**
 * «قتل جندي وأصيب آخر», «وفاة شخص وإصابة آخر بجروح»: "another" right after a victim verb is
 * one more victim, of the group a count before it in the sentence named (model/victim-verbs.ts).
 */
const anotherWords = new Set(ANOTHER);
const ofPeople = (c: CountFinding) => !c.groupClass || PEOPLE_CLASSES.has(c.groupClass);
const afterAnother = new Set(AFTER_ANOTHER);
function another(doc: Doc, i: number, prev?: CountFinding): Found | undefined {
  // the count before is of people, and ends before the victim verb («وحالة وفاة أخرى» describes it)
  if (!anotherWords.has(doc.tokens[i]!.normal) || !prev || prev.last > i - 1 || !VICTIM_SLOTS.has(prev.slot) || !ofPeople(prev)) return undefined;
  if (doc.sentence[prev.last - 1] !== doc.sentence[i - 1]) return undefined;
  // «وفقد آخر»: a verb the table knows after its subject, here before it
  const slot = verbBefore(doc, i, 1) ?? (doc.gaps[i - 1]! <= Gap.Space ? VICTIM_AFTER.get(doc.tokens[i - 1]!.normal.replace(/^و/, "")) : undefined);
  if (!slot || !VICTIM_SLOTS.has(slot) || slot === "casualties") return undefined;
  // then a preposition, a new clause, or «و» with a victim verb («وأصيب آخر وتوفي ثالث»)
  const next = doc.tokens[i + 1];
  const ends = !next || doc.gaps[i]! > Gap.Space || afterAnother.has(next.normal) || (next.normal.startsWith("و") && VICTIM_SLOTS.has(verbBefore(doc, i + 2, 1) ?? "other"));
  if (!ends) return undefined;
  // another of the same: «قتل جندي وأصيب آخر» is a soldier injured
  const condition = slot === "injured" ? conditionAfter(doc, i + 1)?.condition : undefined;
  return { detail: { slot, min: 1, max: 1, first: i, last: i + 1, ...groupOf(prev), ...(condition ? { condition } : {}) }, from: i, to: i + 1, cut: 0 };
}

/** The group of the count before, for one that counts more or a part of the same people. */
const groupOf = (prev: CountFinding) => ({ ...(prev.group ? { group: prev.group } : {}), ...(prev.groupClass ? { groupClass: prev.groupClass } : {}) });

/** The count before is of the injured, in the same sentence, and ends before token `i`. */
function injuredBefore(doc: Doc, i: number, prev: CountFinding | undefined): prev is CountFinding {
  return prev !== undefined && prev.slot === "injured" && prev.last <= i && doc.sentence[prev.last - 1] === doc.sentence[i];
}

const partOf = new Set(PART_OF);
/**
 * «وإصابة تسعة آخرين، ثلاثة منهم إصاباتهم بالغة», «اثنان منهم في حالة حرجة», «و5 منهم
 * متوسطة»: a figure, «منهم» and the condition of their injuries count a part of the injured
 * counted before it in the sentence (no more than they were, when that is the whole), of
 * their group, in that condition.
 */
function injuredPart(doc: Doc, from: number, hit: NumberHit, hb: { hedge: Hedge } | undefined, prev: CountFinding | undefined): Found | undefined {
  const of = hit.end;
  if (!partOf.has(doc.tokens[of]?.normal ?? "") || doc.gaps[of - 1]! > Gap.Space || !injuredBefore(doc, from, prev)) return undefined;
  const [min, max] = widen(hit.min, hit.max, hb?.hedge);
  // the part before may be another part («3 منهم إصاباتهم بالغة و5 منهم متوسطة»), not the whole
  if (max === null || (!prev.condition && prev.max !== null && max > prev.max)) return undefined;
  const condition = conditionAfter(doc, of + 1)?.condition;
  if (!condition) return undefined;
  return { detail: { slot: "injured", min, max, first: from, last: of + 1, ...groupOf(prev), condition }, from, to: of + 1, cut: hb ? 0 : hit.cut };
}

const caseWords = new Set(CASE_WORDS);
const oneOfThem = new Set(ONE_OF_THEM);
const among = new Set([...PART_OF, ...AMONG_THEM]);
/**
 * «6 إصابات بينهم حالة حرجة وحالة متوسطة»: «حالة» and a severity word, right after «بينهم»
 * or joined by «و» to the part before it, is one of the injured counted before it in the
 * sentence; so is «أحدهم» with its condition after it («ثلاثة عسكريين، أحدهم في حالة حرجة»).
 */
function injuredCase(doc: Doc, i: number, prev: CountFinding | undefined): Found | undefined {
  const word = doc.tokens[i]!.normal;
  const one = oneOfThem.has(word) ? conditionAfter(doc, i + 1) : undefined;
  const condition = one?.condition ?? (caseWords.has(word) ? conditionWordAt(doc, i + 1) : undefined);
  if (!condition || !injuredBefore(doc, i, prev)) return undefined;
  const afterAmong = i > 0 && doc.gaps[i - 1]! <= Gap.Space && among.has(doc.tokens[i - 1]!.normal);
  if (!one && !afterAmong && !(word.startsWith("و") && prev.condition && prev.last === i)) return undefined;
  const to = one ? i + 1 : i + 2;
  return { detail: { slot: "injured", min: 1, max: 1, first: i, last: to, ...groupOf(prev), condition }, from: i, to, cut: 0 };
}

/**
 * One victim told as a case, as the Red Crescent's triage lists them: «حالة وفاة» (not «في
 * حالة وفاة»: in case of death), or a singular victim noun with its severity («وإصابة حرجة»,
 * «حالة إصابة حرجة»; not «بإصابة حرجة», «لإصابة بسيطة»: the injury of someone counted
 * already). A case of injury with no severity is a disease's new case more often than a
 * victim («تسجيل حالة إصابة جديدة بكورونا»: one day's tally, set against another day's).
 */
const caseBlockers = new Set(CASE_BLOCKERS);
function oneCase(doc: Doc, i: number, noun: NounHit): boolean {
  const clitic = cliticBefore(doc.tokens[i]!.normal, noun.cut);
  if (clitic === "ب" || clitic === "ل") return false;
  if (i > 0 && doc.gaps[i - 1]! <= Gap.Space && caseBlockers.has(doc.tokens[i - 1]!.normal)) return false;
  return (noun.end - noun.start > 1 && noun.noun.slot === "killed") || conditionWordAt(doc, noun.end) !== undefined;
}

/**
 * «جنديان اثنان», «مسلحين اثنين», «مدنيان اثنان», «مقيمين أحدهما»: a counted noun in the dual,
 * the word for two or "one of the two" after it (model/counted-nouns.ts EMPHATIC_TWO,
 * OF_THE_TWO). Its dual ending may be one the table does not list (a noun whose plural in
 * -ين looks like its dual): the singular under it is the noun.
 */
const emphatic = new Set(EMPHATIC_TWO);
const emphaticOne = new Set(EMPHATIC_ONE);
const ofTheTwo = new Set(OF_THE_TWO);
function emphaticTwo(doc: Doc, i: number): NounHit | undefined {
  const next = doc.tokens[i + 1];
  if (!next || doc.gaps[i]! > Gap.Space || !(emphatic.has(next.normal) || ofTheTwo.has(next.normal))) return undefined;
  const listed = nounAt(doc, i);
  // «المصابين أحدهما»: a definite noun is people counted already; «أطفال أحدهما»: a broken plural is no dual
  if (listed && ofTheTwo.has(next.normal) && (listed.definite || !/(?:ين|ان)$/.test(doc.tokens[i]!.normal))) return undefined;
  if (listed) return listed.noun.singular ? undefined : listed;
  for (const [form, cut] of doc.readings[i]!) {
    const singular = /(?:ان|ين)$/.test(form) ? COUNTED_NOUNS.get(form.slice(0, -2)) : undefined;
    if (singular?.singular) return { noun: { ...singular, dual: true, singular: false }, start: i, end: i + 1, cut, definite: false };
  }
  return undefined;
}

/**
 * «أحد الجنود قتل», «أصيب أحد أفراد الدورية», «تعرض أحد أفراد الدورية لإصابة»: one of a
 * definite group (or a group in construct with a definite word), with a victim verb right
 * after it or a few words before. Not one of the victims («توفي أحد المصابين» is another count).
 */
function oneOf(doc: Doc, i: number, hit: NumberHit, prev?: CountFinding): Found | undefined {
  const noun = nounAt(doc, hit.end);
  if (!noun || noun.noun.dual || noun.noun.slot !== null || !(noun.definite || definiteAt(doc, noun.end))) return undefined;
  const after = verbAfter(doc, noun.end, 1);
  const before = verbBefore(doc, i);
  if (!after && !(before && VICTIM_SLOTS.has(before))) return undefined;
  const slot = slotFor(doc, noun, i, noun.end, prev);
  // the construct's definite word is part of the group: «أفراد الدورية»
  const end = noun.definite ? noun.end : noun.end + 1;
  const detail = describe(doc, { slot, min: 1, max: 1, first: i, last: end }, noun, end, undefined, after ? after.at + 1 : end);
  return { detail, from: i, to: end, cut: hit.cut };
}
/** A definite word at k, right after the one before it: the second term of a construct («أفراد الدورية»). */
const definiteAt = (doc: Doc, k: number) => k < doc.tokens.length && doc.gaps[k - 1]! <= Gap.Space && doc.readings[k]!.some(([f]) => f.startsWith("ال"));
