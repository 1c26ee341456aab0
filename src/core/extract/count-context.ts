import { cliticBefore, withoutArticle } from "./clitics.ts";
import { Gap, type Doc } from "./doc.ts";
import { SAY_VERBS } from "./model/attribution.ts";
import { COUNTED_NOUNS, DRONE_MARKERS, PEOPLE_CLASSES, type CountedNoun } from "./model/counted-nouns.ts";
import { DESIGNATOR_GAPS, DESIGNATORS_BEFORE, UNITS_AFTER } from "./model/non-counts.ts";
import { ABOUT_WIDTH, COORDINATORS, HEDGES_BEFORE, type Hedge } from "./model/quantities.ts";
import { AMONG_THEM, CONDITION_FILLERS, CONDITION_NOUNS, DEATH_PHRASE, EXPOSED_REACH, EXPOSED_TO, EXPOSED_VERBS, MOST_OF_THEM, ONE_OF_THEM, PART_OF, SEVERITY, VICTIM_AFTER, VICTIM_BEFORE } from "./model/victim-verbs.ts";
import { nisbaCountry } from "./nisba.ts";
import { parseNumber, type NumberHit } from "./numbers.ts";
import type { Condition, CountDetail, CountSlot } from "./types.ts";

/**
 * What surrounds a number and decides whether and how it counts: the counted noun, hedges,
 * victim verbs before and after, coordination with the count before it, designators and
 * units that make it a non-count (ARABIC.md §3).
 */
export interface NounHit {
  noun: CountedNoun;
  start: number;
  end: number;
  cut: number;
  definite: boolean;
}

export interface CountFinding extends CountDetail {
  /** token range, for attribution and coordination */
  first: number;
  last: number;
}

const drones = new Set(DRONE_MARKERS);
/** First words of two-word nouns («رجال الأمن»), so the pair is only built when it can match. */
const twoWordFirsts = new Set([...COUNTED_NOUNS.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));
const hedgesBefore = HEDGES_BEFORE.map(([p, h]) => [p.split(" "), h] as const);
const coordinators = new Set(COORDINATORS);
const ATTACK_EVENT = new Set(["استهدافات", "لاستهدافات", "هجمات", "للهجمات", "هجوما", "استهداف", "هجوم"]);
export const VICTIM_SLOTS = new Set<CountSlot>(["killed", "injured", "casualties", "missing", "arrested", "displaced"]);
/** the two tolls a report may give as one: «مقتل وإصابة 20», «15 قتيلا وجريحا» */
const JOINT = new Set<CountSlot | null>(["killed", "injured"]);

/**
 * A counted noun at token i: clitic readings (unless `bare`: right after a number a «و»
 * starts a new phrase, «15 وإصابة 33»), then without «ال»; two-word nouns first.
 */
export function nounAt(doc: Doc, i: number, bare = false): NounHit | undefined {
  const t = doc.tokens[i];
  if (!t || t.kind !== "word") return undefined;
  const next = doc.tokens[i + 1];
  for (const [form, cut] of bare ? doc.readings[i]!.slice(0, 1) : doc.readings[i]!) {
    if (next && doc.gaps[i]! === Gap.Space && twoWordFirsts.has(form)) {
      const two = COUNTED_NOUNS.get(form + " " + next.normal);
      if (two) return asDrone(doc, { noun: two, start: i, end: i + 2, cut, definite: form.startsWith("ال") });
    }
    const noArticle = withoutArticle(form);
    for (const f of noArticle ? [form, noArticle] : [form]) {
      // accusative tanween leaves an alef: «فرداً» → «فردا»
      const n = COUNTED_NOUNS.get(f) ?? (f.endsWith("ا") ? COUNTED_NOUNS.get(f.slice(0, -1)) : undefined);
      if (n) return asDrone(doc, { noun: n, start: i, end: i + 1, cut, definite: f === noArticle });
    }
  }
  return undefined;
}

/** «طائرات مسيرة»: an aircraft noun with a drone marker is a drone, and the marker joins the noun. */
function asDrone(doc: Doc, hit: NounHit): NounHit {
  if (hit.noun.cls !== "aircraft" || hit.end >= doc.tokens.length || doc.gaps[hit.end - 1]! > Gap.Space) return hit;
  if (!drones.has(doc.tokens[hit.end]!.normal)) return hit;
  return { ...hit, end: hit.end + 1, noun: { ...hit.noun, slot: "projectiles_fired", cls: "drone" } };
}

export function hedgeBefore(doc: Doc, i: number): { hedge: Hedge; start: number } | undefined {
  for (const [words, hedge] of hedgesBefore) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = doc.tokens[s + k]!.normal;
      // «وأكثر من», «بأكثر من»
      ok = (tok === words[k] || (k === 0 && (tok === "و" + words[k] || tok === "ب" + words[k]))) && doc.gaps[s + k]! <= Gap.Space;
    }
    if (ok) return { hedge, start: s };
  }
  return undefined;
}

export function widen(min: number, max: number | null, hedge: Hedge | undefined): [number, number | null] {
  if (max === null || min !== max || !hedge) return [min, max];
  const int = Number.isInteger(min);
  if (hedge === "at-least") return [min, null];
  if (hedge === "more-than") return [int ? min + 1 : min, null];
  if (hedge === "less-than") return [0, int ? Math.max(0, min - 1) : min];
  if (hedge === "at-most") return [0, min];
  return [Math.floor(min * (1 - ABOUT_WIDTH)), Math.ceil(min * (1 + ABOUT_WIDTH))];
}

export function isNonCount(doc: Doc, hit: NumberHit, from: number): boolean {
  if (hit.form !== "digits") return false;
  const prev = doc.tokens[from - 1];
  if (prev && doc.gaps[from - 1]! <= Gap.Dash && DESIGNATORS_BEFORE.has(prev.normal)) return true;
  const gapBefore = prev ? doc.n.key.slice(prev.keyEnd, doc.tokens[from]!.keyStart) : "";
  const next = doc.tokens[hit.end];
  const gapAfter = next ? doc.n.key.slice(doc.tokens[hit.end - 1]!.keyEnd, next.keyStart) : "";
  if (prev?.kind === "word" && gapBefore.trim() === "-") return true;
  if (DESIGNATOR_GAPS.some((g) => gapAfter.trimStart().startsWith(g))) return true;
  return !!next && doc.gaps[hit.end - 1]! <= Gap.Space && UNITS_AFTER.has(next.normal);
}

/** «5,2 مليار»: digits glued to digits before them by a comma are a fragment of one number. */
export function gluedToNumber(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return prev?.kind === "number" && doc.tokens[i]!.kind === "number" && doc.n.key.slice(prev.keyEnd, doc.tokens[i]!.keyStart) === ",";
}

/** Victim verb in the few tokens before `from` (same clause); «مقتل وإصابة» govern one toll of both. */
export function verbBefore(doc: Doc, from: number, reach = 3): CountSlot | undefined {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    if (doc.gaps[k]! >= Gap.Clause) return undefined;
    const slot = victimVerbAt(doc, k);
    if (slot) return JOINT.has(slot) && joinedVerbBefore(doc, k, slot) ? "casualties" : slot;
  }
  return undefined;
}

/**
 * «مقتل وإصابة», «قتل وجرح»: the other of killed and injured right before the verb at k,
 * joined by «و». Not a verb with a subject of its own: one that agrees with it («24 شخصا
 * قتلوا وأصيب 55», «قتلت»), or one right after a figure or a counted noun, its nisbas
 * passed over («جندي توفي وأصيب 3», «عسكريا تركيا قتل وجرح اثنان آخران»).
 */
function joinedVerbBefore(doc: Doc, k: number, slot: CountSlot): boolean {
  if (k === 0 || doc.gaps[k - 1]! > Gap.Space || !doc.tokens[k]!.normal.startsWith("و")) return false;
  const first = victimVerbAt(doc, k - 1);
  if (!first || !JOINT.has(first) || first === slot || /(?:وا|ت)$/.test(doc.tokens[k - 1]!.normal)) return false;
  let subject = k - 2;
  while (subject >= 0 && doc.gaps[subject]! <= Gap.Space && nisbaCountry(doc.tokens[subject]!.normal)) subject--;
  return subject < 0 || doc.gaps[subject]! > Gap.Space || (doc.tokens[subject]!.kind !== "number" && !nounAt(doc, subject));
}

function victimVerbAt(doc: Doc, k: number): CountSlot | undefined {
  for (const [form] of doc.readings[k]!) {
    const slot = VICTIM_BEFORE.get(form) ?? (EXPOSED_VERBS.has(form) ? exposedTo(doc, k) : undefined);
    if (slot) return slot;
  }
  return undefined;
}

/** «تعرض … للإصابة»: the slot of the first «ل» phrase after the verb at k, in its clause. */
function exposedTo(doc: Doc, k: number): CountSlot | undefined {
  for (let j = k + 1; j < doc.tokens.length && j <= k + EXPOSED_REACH && doc.gaps[j - 1]! < Gap.Clause; j++) {
    for (const [form, cut] of doc.readings[j]!) {
      const slot = cliticBefore(doc.tokens[j]!.normal, cut) === "ل" ? EXPOSED_TO.get(form) : undefined;
      if (slot) return slot;
    }
  }
  return undefined;
}

/**
 * Killed and injured as one toll after a number or its noun: «15 قتيلا وجريحا», «30 بين
 * قتيل وجريح», «60 شخصا ما بين قتيل وجريح», «12 من القتلى والجرحى». The end of the pair.
 * The two nouns agree in number: «خمسة قتلى وجريح» is five dead and one wounded, «وجريحين» two.
 * The second is one word and no verbal noun: «13 قتيلا وإصابة 23» and «12 إصابة وحالة وفاة»
 * give a figure of their own.
 */
export function jointTollAt(doc: Doc, at: number): number | undefined {
  const word = (k: number) => (doc.gaps[k - 1]! <= Gap.Space ? doc.tokens[k]?.normal : undefined);
  let k = at;
  if (word(k) === "ما" && word(k + 1) === "بين") k += 2;
  else if (word(k) === "بين" || word(k) === "من") k++;
  const first = word(k) !== undefined ? nounAt(doc, k) : undefined;
  if (!first || !JOINT.has(first.noun.slot) || !word(first.end)?.startsWith("و")) return undefined;
  const second = nounAt(doc, first.end);
  const pair = second && second.end === first.end + 1 && !victimVerbAt(doc, first.end) && JOINT.has(second.noun.slot) && second.noun.slot !== first.noun.slot;
  return pair && !first.noun.dual && !second.noun.dual && first.noun.singular === second.noun.singular ? second.end : undefined;
}

/** Words that tell of a part of the people counted before them (model/victim-verbs.ts). */
const PARTITIVE_AFTER = new Set([...PART_OF, ...AMONG_THEM, ...ONE_OF_THEM]);
/**
 * Victim verb in the few tokens after a counted phrase ending at `from`, in its clause; not
 * one told of a part of it: «1059 شخصا، توفي منهم 471».
 */
export function verbAfter(doc: Doc, from: number, reach = 2): { slot: CountSlot; at: number } | undefined {
  for (let k = from; k < Math.min(doc.tokens.length, from + reach); k++) {
    if (k > 0 && doc.gaps[k - 1]! >= Gap.Clause) return undefined;
    const slot = VICTIM_AFTER.get(doc.tokens[k]!.normal);
    if (slot) return PARTITIVE_AFTER.has(doc.tokens[k + 1]?.normal ?? "") ? undefined : { slot, at: k };
  }
  return undefined;
}

const deathPhrase = DEATH_PHRASE.split(" ");
const DEATH_WORDS = deathPhrase.length;
/** The death phrase at token `at`, joined to the words around it: after the counted words, or right before the figure. */
function deathAt(doc: Doc, at: number): boolean {
  return at >= 0 && deathPhrase.every((w, k) => doc.tokens[at + k]?.normal === w && (at + k === 0 || doc.gaps[at + k - 1]! <= Gap.Space));
}

/**
 * The slot of the count before, when this one is coordinated with it: «12 رجل أمن و3 عمال»,
 * «عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين», «أربعة مدنيين وجندي». The count
 * before may trail a short partitive («من منسوبي القوات») that it did not take into its span.
 */
export function coordinatedSlot(doc: Doc, from: number, prev: CountFinding | undefined, conj: boolean): CountSlot | undefined {
  if (!prev || prev.last > from || !VICTIM_SLOTS.has(prev.slot)) return undefined;
  let k = from - 1;
  while (k >= prev.last && coordinators.has(doc.tokens[k]!.normal)) k--;
  if (k === from - 1 && !conj) return undefined;
  if (k + 1 - prev.last > 3) return undefined;
  // «300 ألف قتيل بين 1993 و2006»: another number in between breaks the chain
  for (let g = prev.last; g <= k; g++) if (doc.tokens[g]!.kind === "number") return undefined;
  // a comma may precede an explicit coordinator («، إضافة إلى ثلاثة»), never a full stop
  const limit = k < from - 1 ? Gap.Sentence : Gap.Clause;
  for (let g = prev.last - 1; g < from - 1; g++) if (doc.gaps[g]! >= limit) return undefined;
  return prev.slot;
}

/**
 * «ارتفاع شهداء التفجير إلى ١٢ رجل أمن», «قدر عدد القتلى باثنين»: a toll noun just before
 * «إلى» or a «ب»-prefixed number gives its slot.
 */
export function tollSlot(doc: Doc, from: number): CountSlot | undefined {
  const viaBa = doc.tokens[from]!.normal.startsWith("ب");
  if (doc.tokens[from - 1]?.normal !== "الي" && !viaBa) return undefined;
  for (let k = from - (viaBa ? 1 : 2); k >= Math.max(0, from - 6); k--) {
    if (doc.gaps[k]! >= Gap.Clause) return undefined;
    const slot = nounAt(doc, k)?.noun.slot;
    // «ارتفعت حصيلة القتلى والجرحى إلى 30»: the toll of both
    if (slot && VICTIM_SLOTS.has(slot)) return k > 0 && jointTollAt(doc, k - 1) === k + 1 ? "casualties" : slot;
  }
  return undefined;
}

/** A saying verb within three tokens of the phrase [from, to), in the same clause. */
function speaks(doc: Doc, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 3); k < Math.min(doc.tokens.length, to + 3); k++) {
    if (k >= from && k < to) continue;
    if (doc.readings[k]!.some(([f]) => SAY_VERBS.has(f))) return true;
  }
  return false;
}

/** Adjectives of the counted noun: nisbas and the few qualifiers a group needs («مقاتلتان»). */
export function groupEnd(doc: Doc, from: number): { end: number; country?: string } {
  let end = from;
  let country: string | undefined;
  while (end < doc.tokens.length && end < from + 2 && doc.gaps[end - 1]! <= Gap.Space) {
    const w = doc.tokens[end]!.normal;
    const cc = nisbaCountry(w);
    if (cc) country ??= cc;
    else if (!/^(امني|مقاتل|محلي|مدني|عسكري|اضافي|منفصل)/.test(withoutArticle(w) ?? w)) break;
    end++;
  }
  return country ? { end, country } : { end };
}

/** «52 شخصا قتلى»: a victim noun right after the counted phrase is its predicate. */
export function victimPredicate(doc: Doc, at: number): CountSlot | undefined {
  if (at >= doc.tokens.length || doc.gaps[at - 1]! > Gap.Space) return undefined;
  const n = nounAt(doc, at, true);
  return n && !n.definite && n.noun.cls === "victim" && !n.noun.singular ? n.noun.slot ?? undefined : undefined;
}

/** `joined`: the count's first word carries «و» («وطفلان»): people coordinated with the count before take its slot. */
export function slotFor(doc: Doc, noun: NounHit, from: number, after: number, prev?: CountFinding, joined = false): CountSlot {
  const { slot, cls } = noun.noun;
  const verb = verbBefore(doc, from);
  if (slot === "projectiles_fired" && verb === "projectiles_planned") return "projectiles_planned";
  // «القبض على سبعة مسؤولين»: officials are arrested; «يرافقه عدد من المسؤولين»: they are sources only when they speak
  if (cls === "official") return verb && VICTIM_SLOTS.has(verb) ? verb : speaks(doc, from, after) ? "sources" : "other";
  // «غادر 8 مصابين المستشفى»: a verb that counts the victims for something else
  if (verb === "other") return "other";
  // «وتوفي اثنان من المصابين», «انتقل اثنان من المصابين إلى رحمة الله»: some of the injured died
  // (the verb right before the figure: «توفي شخص و3 من المصابين» tells another's death)
  const died = verbBefore(doc, from, 1) === "killed" || deathAt(doc, from - DEATH_WORDS);
  if (slot === "injured" && doc.tokens[noun.start - 1]?.normal === "من" && (died || verbAfter(doc, after)?.slot === "killed" || deathAt(doc, after))) return "killed";
  if (slot) return slot;
  if (cls === "time") {
    for (let k = from - 1; k >= Math.max(0, from - 5); k--) if (ATTACK_EVENT.has(doc.tokens[k]!.normal)) return "attacks";
    return prev?.noun && prev.slot === "attacks" ? "attacks" : "other";
  }
  const victimVerb = verb && VICTIM_SLOTS.has(verb) ? verb : died ? "killed" : undefined;
  const coordinated = coordinatedSlot(doc, from, prev, joined && PEOPLE_CLASSES.has(cls));
  return verbAfter(doc, after)?.slot ?? victimVerb ?? victimPredicate(doc, after) ?? tollSlot(doc, from) ?? coordinated ?? "other";
}

const conditionOf = (word: string) => SEVERITY[withoutArticle(word) ?? word];
const conditionNouns = new Set(CONDITION_NOUNS);
const conditionFillers = new Set(CONDITION_FILLERS);
const someOfThem = new Set([...PARTITIVE_AFTER, ...MOST_OF_THEM]);

/**
 * A severity word at token `at`, right after the word before it: «إصابة حرجة», «3 إصابات
 * متوسطة». Not one of two grades («إصابة خطيرة ومتوسطة», «متوسطة وحرجة»): the figure counts both.
 */
export function conditionWordAt(doc: Doc, at: number): Condition | undefined {
  if (at >= doc.tokens.length || doc.gaps[at - 1]! > Gap.Space) return undefined;
  const condition = conditionOf(doc.tokens[at]!.normal);
  return condition && !secondGrade(doc, at + 1) ? condition : undefined;
}

function secondGrade(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]?.normal;
  if (!w || doc.gaps[k - 1]! > Gap.Space) return false;
  if (w === "و") return conditionOf(doc.tokens[k + 1]?.normal ?? "") !== undefined;
  return w.startsWith("و") && conditionOf(w.slice(1)) !== undefined;
}

/** how many words after a count may tell the condition of its injured: «أصيب 5 أشخاص (في حالة حرجة)» */
const CONDITION_REACH = 4;

/**
 * The condition of the injured a count ending at `from` counts, told right after it in its
 * clause («بجروح خطيرة», «في حالة (صحية) حرجة», «4 حالات خطيرة», «و8 متوسطة»;
 * model/victim-verbs.ts), with where its words start and end. Not a part's: the scan stops
 * at a figure or at words of some of them («9 آخرين، ثلاثة منهم إصاباتهم بالغة», «5 أشخاص
 * بينهم حالة حرجة», «200 جريح معظمهم إصابتهم خطرة»).
 */
export function conditionAfter(doc: Doc, from: number): { condition: Condition; start: number; end: number } | undefined {
  const bare = conditionWordAt(doc, from);
  if (bare) return { condition: bare, start: from, end: from + 1 };
  for (let k = from; k < Math.min(doc.tokens.length - 1, from + CONDITION_REACH); k++) {
    if (k > 0 && doc.gaps[k - 1]! >= Gap.Clause) return undefined;
    const w = doc.tokens[k]!.normal;
    if (doc.tokens[k]!.kind === "number" || someOfThem.has(w) || parseNumber(doc, k)) return undefined;
    if (!conditionNouns.has(w)) continue;
    const at = conditionFillers.has(doc.tokens[k + 1]!.normal) && doc.gaps[k]! <= Gap.Space ? k + 2 : k + 1;
    const condition = conditionWordAt(doc, at);
    return condition ? { condition, start: k, end: at + 1 } : undefined;
  }
  return undefined;
}
