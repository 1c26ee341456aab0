import { keyOf, keySet } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";
import { baseForms } from "./clitics.ts";
import { nisbaCountry } from "./nisba.ts";
import { Gap, gapText, makeDoc, spanOf, type Doc } from "./doc.ts";
import { PhraseIndex } from "./phrases.ts";
import {
  AGENTS, ANNOUNCING, AXES, CLAIM_WORDS, CONTINUING, DEGREE, DENIALS, DISMISSALS, REFUSALS, EARLIER_REACH, EXISTENCE, GENERIC_HEADS, HEDGES, LIGHT_WORDS, NEGATION_REACH, NEGATIONS, PHRASE_WORDS, QUALIFIERS, QUESTIONS,
  RECORDING, STOPPING, SUBJECT_PREPOSITIONS, SUBJECT_STOPS, TIME_BEFORE, UNDER_DISCUSSION, WITHOUT,
} from "./model/claims.ts";
import type { AssertedWord, ClaimDetail, HeadlineClaims } from "./types.ts";

/**
 * What a headline says happened (model/claims.ts): a move of something up or down, someone
 * held or freed, an action denied or failed; and the words it asserts, so that a denial in
 * one report can meet the action another report asserts. A claim is about its subject's
 * head noun («أسعار النفط ترتفع» is about «النفط»), never a figure or a measure alone.
 * Only headlines are read: further down, a report tells background and reactions.
 */
type Place = "after" | "before" | "object";
interface Predicate {
  axis: string;
  pole: string;
  /** where its subject stands: after it (a noun, a past verb), before it (a present verb), or its object */
  place: Place;
}

const keys = (words: readonly string[]) => words.map((w) => keyOf(w));
const predicates = new Map<string, Predicate>();
for (const axis of AXES) {
  axis.poles.forEach((pole, p) => {
    for (const w of keys(axis.words[p]!)) predicates.set(w, { axis: axis.id, pole, place: "after" });
    for (const w of keys(axis.present[p]!)) predicates.set(w, { axis: axis.id, pole, place: "before" });
    for (const w of keys(axis.transitive?.[p] ?? [])) predicates.set(w, { axis: axis.id, pole, place: "object" });
  });
}
const denials = keySet(DENIALS);
const refusals = keySet(REFUSALS);
const negations = keySet(NEGATIONS);
const hedges = keySet(HEDGES);
const without = keySet(WITHOUT);
const stopping = keySet(STOPPING);
const timeBefore = keySet(TIME_BEFORE);
const claimWords = keySet(CLAIM_WORDS);
const existence = keySet(EXISTENCE);
const questions = keySet(QUESTIONS);
const prepositions = keySet(SUBJECT_PREPOSITIONS);
const measures = keySet([...GENERIC_HEADS, ...QUALIFIERS]);
const light = keySet(LIGHT_WORDS);
const stops = keySet(SUBJECT_STOPS);
const announcing = keySet(ANNOUNCING);
const recording = keySet(RECORDING);
const degree = keySet(DEGREE);
const agents = keySet(AGENTS);
const continuing = new PhraseIndex(CONTINUING.map((phrase) => [keyOf(phrase), true] as const));
const stopwords = new Set(STOPWORDS);
const dismissals = keys(DISMISSALS);
const discussed = keys(UNDER_DISCUSSION);
/** Does a phrase of `phrases` stand in the key text as whole words? */
const says = (key: string, phrases: readonly string[]) => phrases.some((d) => ` ${key} `.includes(` ${d} `));

/**
 * A key that meets the word in its other forms: stemmed, and without the present-tense
 * prefix («تقبض» and «القبض» are both «قبض»; «تدعم» and «دعم»). Applied alike to both
 * sides, so a prefix cut from a noun («تطوير» → «طوير») cuts it everywhere.
 */
export function looseKey(word: string): string {
  let s = stem(word);
  if ((s[0] === "ي" || s[0] === "ت") && s.length >= 4) s = s.slice(1);
  // «هجوما» is «هجوم»: the accusative's alif
  return s.endsWith("ا") && s.length >= 4 ? s.slice(0, -1) : s;
}

/**
 * The consonants of a word's key: «حصول» and «يحصل», «هجوما» and «الهجوم», «قتيل» and
 * «قتلى» meet. Too coarse for subjects (many words share three consonants); used for the
 * action a denial names, which must also meet its context nearby.
 */
export function rootOf(word: string): string {
  const key = looseKey(word);
  // «شيدت», «طورت»: a feminine past verb without its «ت»
  const base = key.length === 4 && key.endsWith("ت") ? key.slice(0, 3) : key;
  const inner = base[0] + base.slice(1).replace(/[اوي]/gu, "");
  if (inner.length >= 3) return inner;
  // a root with a weak letter of its own: «تطوير» is «طور», «تشييد» is «شيد»
  return base.length === 4 && base[2] === "ي" ? base.slice(0, 2) + base[3] : base;
}

const PRONOUNS = ["هما", "هم", "ها", "ه"];
/** «ارتفاعها» → «ارتفاع»: the possessive pronoun of a verbal noun, when enough remains. */
function withoutPronoun(form: string): string {
  const p = PRONOUNS.find((x) => form.endsWith(x) && form.length - x.length >= 4);
  return p ? form.slice(0, -p.length) : form;
}

/** Marks the words of each phrase of going on («لا تزال»): they are read as no word at all. */
function continuingWords(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    const hit = continuing.matchAt(doc, i, false);
    if (hit) out.fill(1, i, hit.end);
  }
  return out;
}

/** A headline read once: each word's base forms and clause number beside the doc. */
class HeadlineWords {
  readonly forms: string[][];
  readonly clause: Uint32Array;
  /** words of going on («لا تزال»): neither a negation nor the head of anything */
  readonly going: Uint8Array;
  constructor(readonly doc: Doc) {
    this.going = continuingWords(doc);
    this.forms = doc.readings.map((r, i) => (this.going[i] ? [] : baseForms(r)));
    this.clause = new Uint32Array(doc.tokens.length);
    for (let i = 1; i < doc.tokens.length; i++) this.clause[i] = this.clause[i - 1]! + (doc.gaps[i - 1]! >= Gap.Clause ? 1 : 0);
  }
  get length(): number {
    return this.doc.tokens.length;
  }
  isIn(set: ReadonlySet<string>, i: number): boolean {
    return this.forms[i]!.some((f) => set.has(f));
  }
  /** Is one of `words` among the `reach` words before i, in the same clause? */
  precededBy(set: ReadonlySet<string>, i: number, reach: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - reach) && this.clause[k] === this.clause[i]; k--) if (this.isIn(set, k)) return true;
    return false;
  }
  /** The predicate at i, also with a pronoun after it («ارتفاعها», «اعتقاله»). */
  predicateAt(i: number): Predicate | undefined {
    for (const f of this.forms[i]!) {
      const p = predicates.get(f) ?? predicates.get(withoutPronoun(f));
      if (p) return p;
    }
    return undefined;
  }
  /** A word that can head what a claim is about: a noun or a name (a figure alone never). */
  isContent(i: number): boolean {
    const t = this.doc.tokens[i]!;
    return (
      t.kind === "word" && !this.going[i] && !stopwords.has(t.normal) && ![stops, prepositions, denials, negations, stopping].some((set) => this.isIn(set, i)) && this.predicateAt(i) === undefined
    );
  }
  /**
   * The keys a word may meet another headline's word by: one per reading, since the stemmer
   * cannot tell a clitic from a first letter («كابول» loses its «ك», «بكابول» only its «ب»).
   */
  keysAt(i: number): string[] {
    return [...new Set(this.forms[i]!.map(looseKey))];
  }
  rootAt(i: number): string {
    return rootOf(this.doc.readings[i]!.at(-1)![0]);
  }
  /**
   * Is the word at i negated («لم يرتفع», «ليس لديها خطط»), only possible («قد تلغي»),
   * rejected or stopped («ترفض إطلاق سراح»), a rumour («أنباء عن اعتقال») or a purpose?
   */
  unsure(i: number): boolean {
    return this.precededBy(negations, i, NEGATION_REACH) || this.precededBy(hedges, i, 2) || this.precededBy(stopping, i, 3) || this.precededBy(claimWords, i, 3) || this.purpose(i);
  }
  /**
   * «دراسة أوبك لزيادة الإنتاج»: a verb of acting on something, as a verbal noun after «ل»,
   * tells what is meant to happen. (After «ل» a move of the subject itself is a cause: «الذهب
   * يتراجع لارتفاع الدولار» says the dollar rose.)
   */
  purpose(i: number): boolean {
    const word = this.doc.tokens[i]!.normal;
    return this.predicateAt(i)?.place === "object" && this.doc.readings[i]!.some(([, cut]) => cut > 0 && word.slice(0, cut).endsWith("ل"));
  }
}

/**
 * The head of the phrase after token i: prepositions before it, figures, measures and
 * qualifiers skipped, and those who act with their nationality («اعتقلت السلطات السعودية 7 ناشطين»).
 */
function headAfter(h: HeadlineWords, i: number, throughPrepositions = true): number | undefined {
  let agent = false;
  for (let k = i + 1; k < h.length && h.clause[k] === h.clause[i]; k++) {
    if (h.isIn(prepositions, k)) {
      if (!throughPrepositions) return undefined;
      continue;
    }
    if (h.isIn(measures, k) || h.doc.tokens[k]!.kind === "number") continue;
    if (h.isIn(agents, k) || (agent && nisbaCountry(h.doc.tokens[k]!.normal))) {
      agent = true;
      continue;
    }
    return h.isContent(k) ? k : undefined;
  }
  return undefined;
}

/** The words of the noun phrase right before token i, nearest first, words of going on passed over («الليرة لا تزال تنهار»). */
function phraseBefore(h: HeadlineWords, i: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && out.length < PHRASE_WORDS && h.clause[k] === h.clause[i]; k--) {
    if (h.going[k]) continue;
    if (!h.isContent(k)) break;
    out.push(k);
  }
  return out;
}

/** The head of the noun phrase right before token i: «أسعار النفط ترتفع» → «النفط», «الأسهم السعودية تتراجع» → «السعودية». */
function headBefore(h: HeadlineWords, i: number): number | undefined {
  const heads = phraseBefore(h, i).filter((k) => !h.isIn(measures, k));
  return heads[heads.length - 1];
}

/** Where the one doing the action at i may be named: the phrase right before it, past a verb of announcing («إيران تعلن القبض»). */
function actorPlaces(h: HeadlineWords, i: number): number[] {
  const announced = i > 0 && h.clause[i - 1] === h.clause[i] && h.isIn(announcing, i - 1);
  return phraseBefore(h, announced ? i - 1 : i);
}

/** A recording verb before a move named as a noun, words of degree between: «وول ستريت تسجل أكبر خسائر». */
function recordedBy(h: HeadlineWords, i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && h.clause[k] === h.clause[i] && h.isIn(degree, k)) k--;
  return k >= 0 && h.clause[k] === h.clause[i] && h.isIn(recording, k) ? k : undefined;
}

/** The last word of the phrase a head opens: the content word right after it, if any («هشام جنينة», «رسومها الجمركية»). */
function phraseEnd(h: HeadlineWords, head: number): number {
  const next = head + 1;
  return next < h.length && h.clause[next] === h.clause[head] && h.isContent(next) && !h.isIn(measures, next) ? next : head;
}

/**
 * The subject of the predicate at i. A move recorded by a verb («وول ستريت تسجل أكبر خسائر
 * في 6 أسابيع») is of what stands before the verb, unless a noun right after the move names
 * its own («تسجل ارتفاع أسعار النفط»).
 */
function subjectOf(h: HeadlineWords, i: number, place: Place): number | undefined {
  if (place === "before") return headBefore(h, i) ?? headAfter(h, i);
  const recorder = place === "after" ? recordedBy(h, i) : undefined;
  if (recorder === undefined) return headAfter(h, i);
  return headAfter(h, i, false) ?? headBefore(h, recorder) ?? headAfter(h, i);
}

/** The words around a denied action that tell it apart: its own phrase, past prepositions («تسمم مواطنين في مشهد»). */
function actionContext(h: HeadlineWords, action: number): number[] {
  const out: number[] = [];
  for (let k = action + 1; k < h.length && h.clause[k] === h.clause[action] && out.length < PHRASE_WORDS; k++) {
    if (h.isIn(prepositions, k) || h.isIn(measures, k) || h.doc.tokens[k]!.kind === "number") continue;
    if (!h.isContent(k)) break;
    out.push(k);
  }
  return out;
}

/** Where a denial starts at token i: a denying word, «دون وقوع», or «لا يوجد» / «لا صحة»; the token its action search starts from. */
function denialAt(h: HeadlineWords, i: number): number | undefined {
  if (h.isIn(denials, i)) return i;
  // a refusal with its refuser named right before it
  if (h.isIn(refusals, i) && headBefore(h, i) !== undefined) return i;
  const next = i + 1 < h.length && h.clause[i + 1] === h.clause[i] ? i + 1 : -1;
  if (next < 0) return undefined;
  if (h.isIn(without, i) && h.isIn(light, next)) return next;
  return h.isIn(negations, i) && h.isIn(existence, next) ? next : undefined;
}

/** The action a denial is about: the next word, light words skipped («تنفي وقوع إصابات»); a predicate will do («تفشل في القبض»). */
function deniedAction(h: HeadlineWords, from: number): number | undefined {
  for (let k = from + 1; k < h.length && h.clause[k] === h.clause[from]; k++) {
    if (h.isIn(prepositions, k) || h.isIn(light, k)) continue;
    const t = h.doc.tokens[k]!;
    return t.kind === "word" && !stopwords.has(t.normal) && !h.isIn(stops, k) && !h.isIn(negations, k) && !h.isIn(claimWords, k) ? k : undefined;
  }
  return undefined;
}

/** Sentences that ask rather than tell: a question word, or a question mark at the end. */
function questionSentences(h: HeadlineWords): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < h.length; i++) if (h.isIn(questions, i) || /[?؟]/u.test(gapText(h.doc, i))) out.add(h.doc.sentence[i]!);
  return out;
}

/** Claims and asserted words of a headline: spans into `text`. */
export function headlineClaims(text: string): HeadlineClaims {
  const doc = makeDoc(text, 0, text.length);
  if (says(doc.n.key, discussed)) return { claims: [], asserted: [], negates: false };
  const h = new HeadlineWords(doc);
  const asked = questionSentences(h);
  const claims: ClaimDetail[] = [];
  /** the words of a denial and of the action it denies: not asserted */
  const denied = new Set<number>();
  let negates = says(doc.n.key, dismissals);
  for (let i = 0; i < h.length; i++) {
    if (doc.tokens[i]!.kind !== "word" || asked.has(doc.sentence[i]!)) continue;
    if (h.isIn(negations, i) || h.isIn(stopping, i)) negates = true;
    const from = denialAt(h, i);
    if (from !== undefined) {
      negates = true;
      const action = deniedAction(h, from);
      // «بعد فشل المحادثات»: a failure told as the time of something else
      if (action === undefined || (from === i && h.unsure(i)) || h.precededBy(timeBefore, i, 1)) continue;
      for (let k = i; k <= action; k++) denied.add(k);
      const actor = headBefore(h, i);
      claims.push({
        ...(from === i && h.isIn(refusals, i) ? { refused: true as const } : {}),
        axis: "happened",
        pole: "denied",
        subject: actionContext(h, action).flatMap((k) => h.keysAt(k)),
        ...(actor !== undefined ? { actor: h.keysAt(actor) } : {}),
        action: [...h.keysAt(action), h.rootAt(action)],
        ...spanOf(doc, i, action + 1),
      });
      i = action; // the denied action claims nothing of its own
      continue;
    }
    const p = h.predicateAt(i);
    if (!p || h.unsure(i)) continue;
    // «بعد ارتفاعه», «بعد 3 أيام من اعتقاله»: the subject's earlier state, told of the subject already named
    if (h.precededBy(timeBefore, i, EARLIER_REACH)) {
      const before = [...claims].reverse().find((c) => c.axis === p.axis && c.pole !== p.pole);
      if (before) claims.push({ ...before, pole: p.pole, ...spanOf(doc, i, i + 1) });
      continue;
    }
    const subject = subjectOf(h, i, p.place);
    if (subject === undefined) continue;
    // the word after the head qualifies it («الدولار الأسترالي», «هشام جنينة»); the words shown run to it
    const qualifier = phraseEnd(h, subject);
    const end = subject > i ? qualifier : i;
    claims.push({
      axis: p.axis,
      pole: p.pole,
      subject: h.keysAt(subject),
      ...(qualifier !== subject && qualifier !== i ? { qualifier: h.keysAt(qualifier) } : {}),
      ...spanOf(doc, Math.min(i, subject), end + 1),
    });
  }
  // predicates too: «إيران تقبض على 22» asserts the arrest another headline says failed
  const asserted: AssertedWord[] = [];
  for (let i = 0; i < h.length; i++) {
    if (doc.tokens[i]!.kind !== "word" || denied.has(i) || asked.has(doc.sentence[i]!) || h.unsure(i) || !(h.isContent(i) || h.predicateAt(i))) continue;
    asserted.push({ keys: [...h.keysAt(i), h.rootAt(i)], at: i, actorAt: actorPlaces(h, i), ...spanOf(doc, i, i + 1) });
  }
  return { claims, asserted, negates };
}
