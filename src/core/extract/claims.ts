import { keyOf } from "../text/normalize.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";
import { withoutArticle } from "./clitics.ts";
import { Gap, gapText, makeDoc, spanOf, type Doc } from "./doc.ts";
import {
  AXES, CLAIM_WORDS, DEFINITE_DENIALS, DENIALS, EXISTENCE, GENERIC_HEADS, HEDGES, LIGHT_WORDS, NEGATION_REACH, NEGATIONS, QUALIFIERS, QUESTIONS, SUBJECT_PREPOSITIONS, SUBJECT_STOPS,
  STOPPING, SUBJECT_WORDS, TIME_BEFORE, WITHOUT,
} from "./model/claims.ts";
import type { ClaimDetail, HeadlineClaims } from "./types.ts";

/**
 * What a headline says happened (model/claims.ts): a move of something up or down, someone
 * held or freed, an action denied or failed; and the words it asserts, so that a denial in
 * one report can meet the action another report asserts. Only headlines and leads are read:
 * further down, a report tells background, reactions and what others said.
 */
type Place = "after" | "before" | "object";
interface Predicate {
  axis: string;
  pole: string;
  place: Place;
}

const keys = (words: readonly string[]) => words.map((w) => keyOf(w));
const predicates = new Map<string, Predicate>();
for (const axis of AXES) {
  axis.poles.forEach((pole, p) => {
    for (const w of keys(axis.words[p]!)) predicates.set(w, { axis: axis.id, pole, place: "after" });
    for (const w of keys(axis.present[p]!)) predicates.set(w, { axis: axis.id, pole, place: "before" });
    for (const w of keys(axis.causative?.[p] ?? [])) predicates.set(w, { axis: axis.id, pole, place: "object" });
  });
}
const denials = new Set(keys(DENIALS));
const negations = new Set(keys(NEGATIONS));
const hedges = new Set(keys(HEDGES));
const without = new Set(keys(WITHOUT));
const stopping = new Set(keys(STOPPING));
const timeBefore = new Set(keys(TIME_BEFORE));
const claimWords = new Set(keys(CLAIM_WORDS));
const definiteDenials = new Set(keys(DEFINITE_DENIALS));
const existence = new Set(keys(EXISTENCE));
const questions = new Set(keys(QUESTIONS));
const prepositions = new Set(keys(SUBJECT_PREPOSITIONS));
const skipped = new Set(keys([...GENERIC_HEADS, ...QUALIFIERS]));
const light = new Set(keys(LIGHT_WORDS));
const stops = new Set(keys(SUBJECT_STOPS));
const stopwords = new Set(STOPWORDS);

/** The word's base forms: clitics and «ال» stripped («وبالنفط» → «النفط», «نفط»). */
function forms(doc: Doc, i: number): string[] {
  return doc.readings[i]!.flatMap(([f]) => {
    const bare = withoutArticle(f);
    return bare ? [f, bare] : [f];
  });
}

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

const isIn = (set: ReadonlySet<string>, doc: Doc, i: number) => forms(doc, i).some((f) => set.has(f));
/** A word that can name what a claim is about: a noun, a name or a figure. */
function isContent(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.kind === "number") return true;
  return t.kind === "word" && !stopwords.has(t.normal) && !isIn(stops, doc, i) && !isIn(prepositions, doc, i) && predicateAt(doc, i) === undefined && !isIn(denials, doc, i) && !isIn(negations, doc, i);
}
/**
 * The keys a word may meet another report's word by: one per reading, since the stemmer
 * cannot tell a clitic from a first letter («كابول» loses its «ك», «بكابول» only its «ب»).
 */
function keysAt(doc: Doc, i: number): string[] {
  const t = doc.tokens[i]!;
  return t.kind === "number" ? [`#${t.normal}`] : [...new Set(forms(doc, i).map(looseKey))];
}

function predicateAt(doc: Doc, i: number): Predicate | undefined {
  for (const f of forms(doc, i)) {
    const p = predicates.get(f);
    if (p) return p;
  }
  return undefined;
}

/**
 * The consonants of a word's key: «حصول» and «يحصل», «هجوما» and «الهجوم», «قتيل» and
 * «قتلى» meet. Too coarse for subjects (many words share three consonants); used for the
 * action a denial names, which must also meet its context nearby.
 */
export function rootOf(word: string): string {
  const key = looseKey(word);
  const inner = key[0] + key.slice(1).replace(/[اوي]/gu, "");
  return inner.length >= 3 ? inner : key;
}

/** Where a denial starts at token i: a denying word, a stop of a definite action, «دون وقوع», or «لا يوجد»; the token its action search starts from. */
function denialAt(doc: Doc, i: number): number | undefined {
  if (isIn(denials, doc, i)) return i;
  const next = i + 1 < doc.tokens.length && doc.gaps[i]! < Gap.Clause ? i + 1 : -1;
  if (next < 0) return undefined;
  if (isIn(definiteDenials, doc, i) && doc.tokens[next]!.normal.startsWith("ال")) return i;
  if (isIn(without, doc, i) && isIn(light, doc, next)) return next;
  return isIn(negations, doc, i) && isIn(existence, doc, next) ? next : undefined;
}

/** Is one of `words` among the `reach` words before i, in the same clause? */
function after(doc: Doc, i: number, words: ReadonlySet<string>, reach: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - reach) && doc.gaps[k]! < Gap.Clause; k--) if (isIn(words, doc, k)) return true;
  return false;
}
/** Is the word at i negated («لم يرتفع», «ليس لديها خطط») or only possible («قد تلغي»)? */
const unsure = (doc: Doc, i: number) => after(doc, i, negations, NEGATION_REACH) || after(doc, i, hedges, 2);

/** Sentences that ask rather than tell: a question word, or a question mark at the end. */
function questionSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  doc.tokens.forEach((_, i) => {
    if (isIn(questions, doc, i) || /[?؟]/u.test(gapText(doc, i))) out.add(doc.sentence[i]!);
  });
  return out;
}

/**
 * The subject words after token i: prepositions before it, measures and qualifiers skipped,
 * up to a clause, a new clause's word or a preposition; `past` a preposition, for the words
 * around a denied action («ينفي تسمم مواطنين في مشهد»: where is part of what is denied).
 */
function subjectAfter(doc: Doc, i: number, past = false): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < doc.tokens.length && out.length < SUBJECT_WORDS && doc.gaps[k - 1]! < Gap.Clause; k++) {
    // a preposition before the subject leads to it («الإفراج عن 7 ناشطين»); after it, another phrase begins («انسحاب القوات من مدينة تكريت»)
    if (isIn(prepositions, doc, k) && out.length > 0 && !past) break;
    if (isIn(prepositions, doc, k) || isIn(skipped, doc, k)) continue;
    if (!isContent(doc, k)) break;
    out.push(k);
  }
  return out;
}

/** The subject word right before token i, in the same clause: «النفط يرتفع». */
function subjectBefore(doc: Doc, i: number): number[] {
  return i > 0 && doc.gaps[i - 1]! < Gap.Clause && isContent(doc, i - 1) ? [i - 1] : [];
}

function subjectOf(doc: Doc, i: number, place: Place): number[] {
  if (place === "object") return subjectAfter(doc, i);
  const before = place === "before" ? subjectBefore(doc, i) : [];
  return before.length ? [...before, ...subjectAfter(doc, i)] : subjectAfter(doc, i);
}

/** The action a denial at token i is about: the next content word, light words skipped («تنفي وقوع إصابات»). */
function deniedAction(doc: Doc, i: number): number | undefined {
  for (let k = i + 1; k < doc.tokens.length && doc.gaps[k - 1]! < Gap.Clause; k++) {
    if (isIn(prepositions, doc, k) || isIn(light, doc, k)) continue;
    // the action may itself be a predicate: «تفشل في القبض على المتورطين»
    const t = doc.tokens[k]!;
    return t.kind === "word" && !stopwords.has(t.normal) && !isIn(stops, doc, k) && !isIn(negations, doc, k) ? k : undefined;
  }
  return undefined;
}

/** Claims and asserted words of a headline or lead: `text.slice(start, end)`, spans into `text`. */
export function headlineClaims(text: string, start = 0, end = text.length): HeadlineClaims {
  const doc = makeDoc(text, start, end);
  const claims: ClaimDetail[] = [];
  const asked = questionSentences(doc);
  /** tokens under a negation or a denial: not asserted */
  const denied = new Set<number>();
  let negates = false;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i]!.kind !== "word" || asked.has(doc.sentence[i]!)) continue;
    if (isIn(negations, doc, i) || isIn(stopping, doc, i)) negates = true;
    const from = denialAt(doc, i);
    if (from !== undefined) {
      negates = true;
      const action = deniedAction(doc, from);
      if (action === undefined || (from === i && unsure(doc, i)) || after(doc, i, timeBefore, 1) || isIn(claimWords, doc, action)) continue;
      for (let k = i; k <= action; k++) denied.add(k);
      const actionWord = doc.readings[action]!.at(-1)![0];
      claims.push({
        axis: "happened",
        pole: "denied",
        subject: subjectAfter(doc, action, true).flatMap((k) => keysAt(doc, k)),
        actor: subjectBefore(doc, i).flatMap((k) => keysAt(doc, k)),
        action: [...keysAt(doc, action), rootOf(actionWord)],
        ...spanOf(doc, i, action + 1),
      });
      i = action; // the denied action claims nothing of its own
      continue;
    }
    const p = predicateAt(doc, i);
    if (!p) continue;
    if (unsure(doc, i)) {
      denied.add(i);
      continue;
    }
    const subject = subjectOf(doc, i, p.place);
    if (subject.length === 0) continue;
    const last = Math.max(i, ...subject);
    claims.push({ axis: p.axis, pole: p.pole, subject: [...new Set(subject.flatMap((k) => keysAt(doc, k)))], ...spanOf(doc, Math.min(i, ...subject), last + 1) });
  }
  // predicates too: «إيران تقبض على 22» asserts the arrest another headline says failed
  const asserted = doc.tokens.flatMap((t, i) =>
    t.kind === "word" && !denied.has(i) && !asked.has(doc.sentence[i]!) && !unsure(doc, i) && (isContent(doc, i) || predicateAt(doc, i))
      ? [{ keys: [...keysAt(doc, i), rootOf(doc.readings[i]!.at(-1)![0])], at: i, ...spanOf(doc, i, i + 1) }]
      : [],
  );
  return { claims, asserted, negates };
}
