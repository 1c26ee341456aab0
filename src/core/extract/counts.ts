import { readings, withoutArticle } from "./clitics.ts";
import { Gap, spanOf, type Doc } from "./doc.ts";
import { COUNTED_NOUNS, DRONE_MARKERS, type CountedNoun } from "./model/counted-nouns.ts";
import { DESIGNATOR_GAPS, DESIGNATORS_BEFORE, UNITS_AFTER } from "./model/non-counts.ts";
import { ABOUT_WIDTH, HEDGES_AFTER, HEDGES_BEFORE, ZERO_PHRASES, type Hedge } from "./model/quantities.ts";
import { SEVERITY, VICTIM_AFTER, VICTIM_BEFORE } from "./model/victim-verbs.ts";
import { nisbaCountry } from "./nisba.ts";
import { parseNumber, type NumberHit } from "./numbers.ts";
import { PhraseIndex } from "./phrases.ts";
import type { CountDetail, CountSlot } from "./types.ts";

/**
 * Counts (ARABIC.md §3): a number becomes a count only when tied to a counted noun within
 * reach or governed by a victim verb; duals of counted nouns count 2 (#13), sound plurals
 * never do (#14); hedges and vague amounts become intervals (#16, #17); zero phrases give
 * [0, 0] (#18); designators, units and money are left alone (#19).
 */
const zero = new PhraseIndex(ZERO_PHRASES);
const hedgesBefore = HEDGES_BEFORE.map(([p, h]) => [p.split(" "), h] as const);
const hedgesAfter = new PhraseIndex(HEDGES_AFTER);
const drones = new Set(DRONE_MARKERS);
const PARTITIVE = new Set(["من", "بينهم", "منهم"]);
const ATTACK_EVENT = new Set(["استهدافات", "لاستهدافات", "هجمات", "للهجمات", "هجوما", "استهداف", "هجوم"]);
/** «أحد» before a definite plural: «أحد الجنود أصيب» = 1, «أحد المصدرين» = a reference, not a count. */
const ONE_OF = new Set(["احد", "احدي"]);

interface NounHit {
  noun: CountedNoun;
  start: number;
  end: number;
  cut: number;
  definite: boolean;
}

/** A counted noun at token i: clitic readings, then without «ال»; two-word nouns first. */
export function nounAt(doc: Doc, i: number): NounHit | undefined {
  const t = doc.tokens[i];
  if (!t || t.kind !== "word") return undefined;
  const next = doc.tokens[i + 1];
  for (const [form, cut] of readings(t.normal)) {
    if (next && doc.gaps[i]! === Gap.Space) {
      const two = COUNTED_NOUNS.get(form + " " + next.normal);
      if (two) return { noun: two, start: i, end: i + 2, cut, definite: form.startsWith("ال") };
    }
    const bare = withoutArticle(form);
    for (const f of bare ? [form, bare] : [form]) {
      // accusative tanween leaves an alef: «فرداً» → «فردا»
      const n = COUNTED_NOUNS.get(f) ?? (f.endsWith("ا") ? COUNTED_NOUNS.get(f.slice(0, -1)) : undefined);
      if (n) return { noun: n, start: i, end: i + 1, cut, definite: f === bare };
    }
  }
  return undefined;
}

/** «طائرات مسيرة»: an aircraft noun with a drone marker is a drone, and the marker joins the noun. */
function asDrone(doc: Doc, hit: NounHit | undefined): NounHit | undefined {
  if (!hit || hit.noun.cls !== "aircraft" || hit.end >= doc.tokens.length || doc.gaps[hit.end - 1]! > Gap.Space) return hit;
  if (!drones.has(doc.tokens[hit.end]!.normal)) return hit;
  return { ...hit, end: hit.end + 1, noun: { ...hit.noun, slot: "projectiles_fired", cls: "drone" } };
}

function hedgeBefore(doc: Doc, i: number): { hedge: Hedge; start: number } | undefined {
  for (const [words, hedge] of hedgesBefore) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const tok = doc.tokens[s + k]!.normal;
      ok = (tok === words[k] || (k === 0 && tok === "و" + words[k])) && doc.gaps[s + k]! <= Gap.Space;
    }
    if (ok) return { hedge, start: s };
  }
  return undefined;
}

function widen(min: number, max: number | null, hedge: Hedge | undefined): [number, number | null] {
  if (max === null || min !== max || !hedge) return [min, max];
  const int = Number.isInteger(min);
  if (hedge === "at-least") return [min, null];
  if (hedge === "more-than") return [int ? min + 1 : min, null];
  if (hedge === "less-than") return [0, int ? Math.max(0, min - 1) : min];
  return [Math.floor(min * (1 - ABOUT_WIDTH)), Math.ceil(min * (1 + ABOUT_WIDTH))];
}

function isNonCount(doc: Doc, hit: NumberHit, from: number): boolean {
  if (hit.form !== "digits") return false;
  const prev = doc.tokens[from - 1];
  if (prev && doc.gaps[from - 1]! <= Gap.Dash && DESIGNATORS_BEFORE.has(prev.normal)) return true;
  const gapBefore = prev ? doc.n.key.slice(prev.keyEnd, doc.tokens[from]!.keyStart) : "";
  const next = doc.tokens[hit.end];
  const gapAfter = next ? doc.n.key.slice(doc.tokens[hit.end - 1]!.keyEnd, next.keyStart) : "";
  if (prev?.kind === "word" && gapBefore.trim() === "-") return true;
  if (DESIGNATOR_GAPS.some((g) => gapAfter.trimStart().startsWith(g) && g !== "-")) return true;
  if (next && doc.gaps[hit.end - 1]! <= Gap.Space && UNITS_AFTER.has(next.normal)) return true;
  return false;
}

/** Victim verb in the few tokens before `from` (same clause). */
function verbBefore(doc: Doc, from: number, reach = 3): CountSlot | undefined {
  for (let k = from - 1; k >= Math.max(0, from - reach); k--) {
    if (doc.gaps[k]! >= Gap.Clause) return undefined;
    for (const [form] of readings(doc.tokens[k]!.normal)) {
      const slot = VICTIM_BEFORE.get(form);
      if (slot) return slot;
    }
  }
  return undefined;
}

function verbAfter(doc: Doc, from: number, reach = 2): { slot: CountSlot; at: number } | undefined {
  for (let k = from; k < Math.min(doc.tokens.length, from + reach); k++) {
    if (k > from && doc.gaps[k - 1]! >= Gap.Clause) return undefined;
    const slot = VICTIM_AFTER.get(doc.tokens[k]!.normal);
    if (slot) return { slot, at: k };
  }
  return undefined;
}

/** Adjectives of the counted noun: nisbas and the few qualifiers a group needs («مقاتلتان»). */
function groupEnd(doc: Doc, from: number): { end: number; country?: string } {
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

function slotFor(doc: Doc, noun: NounHit, from: number, after: number, prev?: CountDetail): CountSlot {
  const { slot, cls } = noun.noun;
  const verb = verbBefore(doc, from);
  if (slot === "projectiles_fired" && verb === "projectiles_planned") return "projectiles_planned";
  if (slot) return slot;
  if (cls === "time") {
    for (let k = from - 1; k >= Math.max(0, from - 5); k--) if (ATTACK_EVENT.has(doc.tokens[k]!.normal)) return "attacks";
    return prev?.noun && prev.slot === "attacks" ? "attacks" : "other";
  }
  return verbAfter(doc, after)?.slot ?? (verb && verb !== "projectiles_fired" && verb !== "projectiles_planned" ? verb : "other");
}

function severityAfter(doc: Doc, from: number): "serious" | "minor" | undefined {
  for (let k = from; k < Math.min(doc.tokens.length - 1, from + 4); k++) {
    const w = doc.tokens[k]!.normal;
    if (w === "بجروح" || w === "باصابات" || w === "اصابات" || w === "جروح") {
      return SEVERITY[withoutArticle(doc.tokens[k + 1]!.normal) ?? doc.tokens[k + 1]!.normal];
    }
  }
  return undefined;
}

export interface CountFinding extends CountDetail {
  /** token range, for attribution */
  first: number;
  last: number;
}

export function findCounts(doc: Doc, claimed: Uint8Array): CountFinding[] {
  const out: CountFinding[] = [];
  const push = (d: Omit<CountFinding, "text" | "start" | "end">, from: number, to: number, cut: number) => {
    out.push({ ...spanOf(doc, from, to, cut), ...d });
    for (let k = from; k < to; k++) claimed[k] = 1;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    if (claimed[i]) continue;
    const z = zero.matchAt(doc, i);
    if (z) {
      push({ slot: z.value, min: 0, max: 0, first: i, last: z.end }, i, z.end, z.cut);
      i = z.end - 1;
      continue;
    }
    const found = countAt(doc, i, claimed, out[out.length - 1]);
    if (found) {
      push(found.detail, found.from, found.to, found.cut);
      i = found.to - 1;
    }
  }
  return out;
}

type Found = { detail: Omit<CountFinding, "text" | "start" | "end">; from: number; to: number; cut: number };

function countAt(doc: Doc, i: number, claimed: Uint8Array, prev?: CountDetail): Found | undefined {
  const tok = doc.tokens[i]!;
  const hit = parseNumber(doc, i);
  if (!hit) return dualOrSingle(doc, i, prev);
  for (let k = hit.start; k < hit.end; k++) if (claimed[k]) return undefined;
  const hb = hedgeBefore(doc, i);
  const from = hb ? hb.start : i;
  if (isNonCount(doc, hit, i)) return undefined;
  if (tok.kind === "word" && ONE_OF.has(readings(tok.normal).at(-1)![0]) && hit.end === i + 1) return oneOf(doc, i, hit, prev);
  let at = hit.end;
  let partitive = false;
  if (doc.tokens[at] && PARTITIVE.has(doc.tokens[at]!.normal) && doc.gaps[at - 1]! <= Gap.Space) (at++, (partitive = true));
  const noun = doc.gaps[at - 1]! <= Gap.Space ? asDrone(doc, nounAt(doc, at)) : undefined;
  if (noun && noun.noun.dual) return undefined;
  // «خمس الطلاب» is a fifth, not five (#20); vague words and «من» take a definite noun
  if (noun && noun.definite && hit.form === "words" && !partitive) return undefined;
  let to = noun ? noun.end : hit.end;
  const group = noun ? groupEnd(doc, noun.end) : undefined;
  if (group) to = group.end;
  const ha = to < doc.tokens.length ? hedgesAfter.matchAt(doc, to, false) : undefined;
  const hedge = hb?.hedge ?? ha?.value;
  if (ha) to = ha.end;
  let slot: CountSlot | undefined;
  if (noun) slot = slotFor(doc, noun, from, to, prev);
  else {
    const v = verbBefore(doc, from, 2);
    if (!v || hit.form === "vague") return undefined;
    // «خمس الطلاب»: a number word before a definite noun is a fraction or an ordinal (#20)
    const next = doc.tokens[hit.end];
    if (next && doc.gaps[hit.end - 1]! <= Gap.Space && next.normal.startsWith("ال")) return undefined;
    slot = v;
  }
  // «لعدّة مرات» with no event noun before it is not a detail
  if (noun?.noun.cls === "time" && slot === "other") return undefined;
  const [min, max] = widen(hit.min, hit.max, hedge);
  const detail: Found["detail"] = { slot, min, max, first: from, last: to };
  if (noun) {
    detail.noun = spanOf(doc, noun.start, noun.end, noun.cut).text;
    if (noun.noun.cls !== "victim" && noun.noun.cls !== "time") detail.group = spanOf(doc, noun.start, group!.end, noun.cut).text;
    detail.groupClass = noun.noun.cls;
    if (group?.country) detail.nationality = group.country;
  }
  const sev = slot === "injured" ? severityAfter(doc, to) : undefined;
  if (sev) detail.severity = sev;
  return { detail, from, to, cut: hb ? 0 : hit.cut };
}

/** «صاروخين», «مصدران أمنيان»: the dual of a counted noun is 2; «وفاة متعاقد», «جندي أصيب»: 1. */
function dualOrSingle(doc: Doc, i: number, prev?: CountDetail): Found | undefined {
  const noun = asDrone(doc, nounAt(doc, i));
  if (!noun || noun.definite) return undefined;
  let value: number;
  if (noun.noun.dual) value = 2;
  else if (noun.noun.singular && noun.noun.slot === null && noun.noun.cls !== "time") {
    const before = verbBefore(doc, i, 1);
    const after = verbAfter(doc, noun.end, 1);
    if (!after && !(before && before !== "projectiles_fired" && before !== "projectiles_planned" && before !== "strikes")) {
      return undefined;
    }
    value = 1;
  } else return undefined;
  const group = groupEnd(doc, noun.end);
  const slot = slotFor(doc, noun, i, group.end, prev);
  const detail: Found["detail"] = { slot, min: value, max: value, first: i, last: group.end };
  detail.noun = spanOf(doc, noun.start, noun.end, noun.cut).text;
  if (noun.noun.cls !== "victim") detail.group = spanOf(doc, noun.start, group.end, noun.cut).text;
  detail.groupClass = noun.noun.cls;
  if (group.country) detail.nationality = group.country;
  const sev = slot === "injured" ? severityAfter(doc, group.end) : undefined;
  if (sev) detail.severity = sev;
  return { detail, from: i, to: group.end, cut: noun.cut };
}

function oneOf(doc: Doc, i: number, hit: NumberHit, prev?: CountDetail): Found | undefined {
  const noun = nounAt(doc, hit.end);
  if (!noun || !noun.definite || noun.noun.dual || noun.noun.slot !== null) return undefined;
  const after = verbAfter(doc, noun.end, 1);
  if (!after) return undefined;
  const slot = slotFor(doc, noun, i, noun.end, prev);
  const detail: Found["detail"] = { slot, min: 1, max: 1, first: i, last: noun.end, noun: spanOf(doc, noun.start, noun.end, noun.cut).text };
  detail.group = detail.noun!;
  detail.groupClass = noun.noun.cls;
  const sev = slot === "injured" ? severityAfter(doc, after.at + 1) : undefined;
  if (sev) detail.severity = sev;
  return { detail, from: i, to: noun.end, cut: hit.cut };
}
