import { withoutArticle } from "./clitics.ts";
import { Gap, spanOf, type Doc } from "./doc.ts";
import { agencyIndex, orgIndex } from "./lexicon.ts";
import { ACCORDING_TO, QUOTING, SAY_VERBS, SOURCE_NOUNS, SOURCE_QUALIFIERS } from "./model/attribution.ts";
import { nisbaCountry } from "./nisba.ts";
import type { PersonFinding } from "./people.ts";
import { PhraseIndex } from "./phrases.ts";
import type { Attribution } from "./types.ts";

/**
 * Who says a detail (ARABIC.md §6, #35, #36, #39): agencies, institutions, anonymous
 * sources and named people, when a frame makes them a source (a saying verb just before
 * or after, or «بحسب»). «نقلت رويترز عن مسؤولين» gives the value to the officials, via
 * Reuters.
 */
export interface AttributionFinding extends Attribution {
  first: number;
  last: number;
  /** the first token carries a clitic («ومسؤولين») */
  clitic: boolean;
}

const according = new PhraseIndex(ACCORDING_TO.map((p) => [p, true] as const));
const quoting = new Set(QUOTING);
const sourceNouns = new Map(
  SOURCE_NOUNS.flatMap(([forms, prefix, kind]) => forms.split(" ").map((f) => [f, { prefix, kind }] as const)),
);

function mentionAt(doc: Doc, i: number, people: Map<number, PersonFinding>): AttributionFinding | undefined {
  const agency = agencyIndex.matchAt(doc, i);
  if (agency) {
    const a = agency.value;
    return { ...spanOf(doc, i, agency.end, agency.cut), id: a.id, kind: "agency", name: a.name, first: i, last: agency.end, clitic: agency.cut > 0 };
  }
  const org = orgIndex.matchAt(doc, i);
  if (org) {
    const o = org.value;
    return { ...spanOf(doc, i, org.end, org.cut), id: o.id, kind: "institution", name: o.name, first: i, last: org.end, clitic: org.cut > 0 };
  }
  const person = people.get(i);
  if (person) {
    const id = person.id ?? `person:${person.familyKey}`;
    const written = person.roleFirst === i ? person.role!.start : person.start;
    const clitic = written > doc.tokens[i]!.start;
    return { text: person.text, start: person.start, end: person.end, id, kind: "person", name: person.name, first: i, last: person.last, clitic };
  }
  for (const [form, cut] of doc.readings[i]!) {
    const noun = sourceNouns.get(form) ?? sourceNouns.get(withoutArticle(form) ?? "");
    if (!noun) continue;
    const parts = [noun.prefix];
    let j = i + 1;
    let country: string | undefined;
    while (j < doc.tokens.length && j < i + 4 && doc.gaps[j - 1]! <= Gap.Space) {
      const w = withoutArticle(doc.tokens[j]!.normal) ?? doc.tokens[j]!.normal;
      // «متحدث باسم البنتاغون» speaks for the institution
      const org = w === "باسم" && j + 1 < doc.tokens.length ? orgIndex.matchAt(doc, j + 1) : undefined;
      if (org) {
        parts.push(org.value.id);
        j = org.end;
        break;
      }
      const q = SOURCE_QUALIFIERS[w];
      const cc = q ? undefined : nisbaCountry(w);
      if (q && !parts.includes(q)) parts.push(q);
      else if (cc) country ??= cc;
      else if (w !== "كبير" && w !== "رفيع" && w !== "اخر") break;
      j++;
    }
    if (country) parts.push(country);
    const span = spanOf(doc, i, j, cut);
    return { ...span, id: parts.join(":"), kind: noun.kind, name: span.text, first: i, last: j, clitic: cut > 0 };
  }
  return undefined;
}

function framedBefore(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (doc.gaps[k]! >= Gap.Clause) return false;
    if (doc.readings[k]!.some(([f]) => SAY_VERBS.has(f)) || according.matchAt(doc, k)) return true;
  }
  return false;
}

/** A saying verb right after the mention, past one comma at most («، قد صرّح»). */
function framedAfter(doc: Doc, end: number): boolean {
  for (let k = end; k < Math.min(doc.tokens.length, end + 2); k++) {
    if (doc.gaps[k - 1]! > (k === end ? Gap.Clause : Gap.Space)) return false;
    if (doc.readings[k]!.some(([f]) => SAY_VERBS.has(f))) return true;
  }
  return false;
}

export function findAttributions(doc: Doc, people: readonly PersonFinding[]): AttributionFinding[] {
  // a person is a mention from its title on: «وقال السكرتير الصحفي …، اللواء باترك رايدر»
  const byStart = new Map(people.flatMap((p) => (p.roleFirst === undefined ? [[p.first, p]] : [[p.roleFirst, p], [p.first, p]]) as [number, PersonFinding][]));
  const out: AttributionFinding[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const m = mentionAt(doc, i, byStart);
    if (!m) continue;
    i = m.last - 1;
    // subject first («وكالة رويترز نقلت») only without a clitic: «ومسؤولين آخرين أكد» is a list, not a source
    if (!(framedBefore(doc, m.first) || (!m.clitic && framedAfter(doc, m.last)))) continue;
    // «مسؤولون أميركيون لرويترز»: the agency relays the officials
    const relay = m.kind !== "agency" && m.last < doc.tokens.length && doc.gaps[m.last - 1]! <= Gap.Space ? mentionAt(doc, m.last, byStart) : undefined;
    if (relay?.kind === "agency") {
      m.via = { id: relay.id, name: relay.name };
      i = relay.last - 1;
    }
    if (m.kind === "agency" || m.kind === "institution") {
      const quoted = quotedSource(doc, m.last, byStart);
      if (quoted) {
        quoted.via = { id: m.id, name: m.name };
        out.push(quoted);
        i = quoted.last - 1;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** «… عن مسؤولين أميركيين» within a few tokens after an agency, in the same sentence. */
function quotedSource(doc: Doc, from: number, people: Map<number, PersonFinding>): AttributionFinding | undefined {
  for (let k = from; k < Math.min(doc.tokens.length - 1, from + 6); k++) {
    if (doc.gaps[k - 1]! >= Gap.Sentence) return undefined;
    if (quoting.has(doc.tokens[k]!.normal)) return mentionAt(doc, k + 1, people);
  }
  return undefined;
}

/** Attributions grouped by sentence, so each detail looks only at its own sentence. */
export function bySentence(doc: Doc, all: readonly AttributionFinding[]): Map<number, AttributionFinding[]> {
  const m = new Map<number, AttributionFinding[]>();
  for (const a of all) {
    const s = doc.sentence[a.first]!;
    const list = m.get(s);
    if (list) list.push(a);
    else m.set(s, [a]);
  }
  return m;
}

/** The attribution of a detail: the last one before it in its sentence, else the first after it. */
export function attributionFor(doc: Doc, grouped: Map<number, AttributionFinding[]>, first: number, last: number): Attribution | undefined {
  let best: AttributionFinding | undefined;
  for (const a of grouped.get(doc.sentence[first]!) ?? []) {
    if (a.first < last && a.last > first) continue;
    if (a.first < first) best = a;
    else if (!best) return strip(a);
  }
  return best ? strip(best) : undefined;
}

export function strip(a: AttributionFinding): Attribution {
  const { first: _f, last: _l, clitic: _c, ...rest } = a;
  return rest;
}
