import { Gap, gapText, spanOf, type Doc } from "./doc.ts";
import { familyIndex, GIVEN_NAMES, orgIndex, PARTICLES_AS_WRITTEN, placeIndex, type PersonEntry } from "./lexicon.ts";
import { RANKS, TITLE_BLOCKERS, TITLE_FILLERS, TITLES, type TitleRow } from "./model/titles.ts";
import { givenNamesCompatible, nameSkeleton } from "./names.ts";
import { nisbaCountry } from "./nisba.ts";
import { PhraseIndex } from "./phrases.ts";
import type { PersonDetail, Role } from "./types.ts";

/**
 * People and their roles (ARABIC.md §5, #26–#30): TITLE (FILLER)? (NISBA)? (ORG)? then,
 * after an optional comma and rank, NAME{1,3}; also a name followed by «، TITLE»
 * (apposition), and gazetteer surnames alone («أوستن»). «نظيره» takes the role of the
 * nearest role before it with its own nisba, which must name another country.
 */
const titles = new PhraseIndex(TITLES);
const ranks = new Set(RANKS);
const fillers = new Set(TITLE_FILLERS);
const blockers = new Set(TITLE_BLOCKERS);
/** «عبد ربه»: «عبد» and the next word make one given name. */
const COMPOUND_GIVEN = "عبد";
const ORG_LEADS = new Set(["في", "جماعه", "حركه", "ميليشيا", "تنظيم"]);
const PARTICLES = new Set(["بن", "ابن", "ابو", "ال", "بنت"]);
/** A family name standing alone must be this long (match key): «شكر» alone is the word "thanks". */
const MIN_LONE_FAMILY = 4;

export interface PersonFinding extends PersonDetail {
  first: number;
  last: number;
  /** first token of the title, when the person has one */
  roleFirst?: number;
}

interface TitleParse {
  role: Role;
  end: number;
}

function parseTitle(doc: Doc, i: number, row: TitleRow, end: number, cut: number, last?: Role): TitleParse | undefined {
  const titleSpan = spanOf(doc, i, end, cut);
  let j = end;
  let country: string | undefined;
  const tok = (k: number) => doc.tokens[k]?.normal ?? "";
  const near = (k: number, limit: Gap = Gap.Space) => k < doc.tokens.length && doc.gaps[k - 1]! <= limit;
  const nisba = () => {
    const cc = near(j) ? nisbaCountry(tok(j)) : undefined;
    if (cc) (country ??= cc), j++;
  };
  while (near(j) && fillers.has(tok(j))) j++;
  nisba();
  while (near(j) && fillers.has(tok(j))) j++;
  let k = j;
  while (near(k) && ORG_LEADS.has(tok(k)) && k < j + 2) k++;
  const inParens = !near(k) && k < doc.tokens.length && gapText(doc, k - 1).includes("(");
  const org = near(k, inParens ? Gap.Clause : Gap.Space) ? orgIndex.matchAt(doc, k) : undefined;
  const place = !org && near(k) && tok(j) === "في" ? placeIndex.matchAt(doc, k) : undefined;
  if (org) {
    j = org.end;
    country ??= org.value.country;
    nisba();
  } else if (place) j = place.end;
  const counterpart = row.role === "counterpart";
  if (counterpart && !last) return undefined;
  const id = counterpart ? last!.id : row.role;
  country ??= row.country ?? (row.possessive ? last?.country : undefined);
  // a counterpart is of another country, which its nisba names: «مع رئيس الوزراء حيدر العبادي
  // ونظيره (العراقي) خالد العبيدي» mirrors the visiting minister, not the Iraqi prime minister
  if (counterpart && (!country || country === last!.country)) return undefined;
  const role: Role = { ...spanOf(doc, i, j, cut), id, title: titleSpan.text };
  if (country) role.country = country;
  return { role, end: j };
}

interface NameParse {
  start: number;
  end: number;
  rank?: string;
  given: [number, number] | undefined;
  family: [number, number];
  entry?: PersonEntry;
  cut: number;
}

function parseName(doc: Doc, j: number, afterTitle: boolean): NameParse | undefined {
  if (j >= doc.tokens.length) return undefined;
  let k = j;
  let rank: string | undefined;
  if (afterTitle && ranks.has(doc.tokens[k]!.normal)) {
    rank = spanOf(doc, k, k + 1).text;
    k++;
    if (k >= doc.tokens.length || doc.gaps[k - 1]! > Gap.Space) return undefined;
  }
  const start = k;
  let cut = 0;
  let givenEnd = k;
  for (; k < doc.tokens.length && k < start + 4; k++) {
    if (k > start && doc.gaps[k - 1]! > Gap.Space) break;
    const fam = familyIndex.matchAt(doc, k, k === start && !afterTitle);
    if (fam) {
      const given: [number, number] | undefined = givenEnd > start ? [start, givenEnd] : undefined;
      if (k === start) cut = fam.cut;
      const famKey = doc.tokens.slice(k, fam.end).map((t) => t.normal).join(" ").slice(fam.cut);
      // a family name alone must be long and not a nisba-like «ال» surname («سارة الحسيني» is not Jaafar)
      const lone = famKey.replace(/ /g, "").length >= MIN_LONE_FAMILY && !famKey.startsWith("ال") && fam.value.lone !== false;
      if (!given && !afterTitle && !lone) return undefined;
      const givenText = given ? spanOf(doc, given[0], given[1], cut).text : undefined;
      const entry = candidates(famKey, fam.value).find((p) => !givenText || p.given.some((g) => givenNamesCompatible(g, givenText)));
      const out: NameParse = { start, end: fam.end, given, family: [k, fam.end], cut };
      if (rank) out.rank = rank;
      if (entry) out.entry = entry;
      return out;
    }
    const w = doc.tokens[k]!.normal;
    const form = k === start && !afterTitle ? doc.readings[k]!.find(([f]) => GIVEN_NAMES.has(f)) : GIVEN_NAMES.has(w) ? ([w, 0] as const) : undefined;
    if (form && k === start && PARTICLES_AS_WRITTEN.has(spanOf(doc, k, k + 1, form[1]).text)) break;
    if (form) {
      if (k === start) cut = form[1];
      if (form[0] === COMPOUND_GIVEN && k + 1 < doc.tokens.length && doc.gaps[k]! <= Gap.Space) k++;
      givenEnd = k + 1;
      continue;
    }
    if (PARTICLES.has(w) && givenEnd === k) continue;
    // an unknown surname right after a known given name, in title context («بوريس بيستوريوس»)
    if (afterTitle && givenEnd === k && k > start && doc.tokens[k]!.kind === "word" && !nisbaCountry(w)) {
      const out: NameParse = { start, end: k + 1, given: [start, k], family: [k, k + 1], cut };
      if (rank) out.rank = rank;
      return out;
    }
    break;
  }
  return undefined;
}

function candidates(famKey: string, first: PersonEntry): PersonEntry[] {
  const all = familyIndex.matchAll(famKey);
  return all.length > 0 ? all : [first];
}

function toPerson(doc: Doc, p: NameParse, role?: Role): PersonFinding {
  const family = spanOf(doc, p.family[0], p.family[1], p.family[0] === p.start ? p.cut : 0).text;
  const person: PersonFinding = {
    ...spanOf(doc, p.start, p.end, p.cut),
    name: spanOf(doc, p.start, p.end, p.cut).text,
    family,
    familyKey: nameSkeleton(family),
    first: p.start,
    last: p.end,
  };
  if (p.given) person.given = spanOf(doc, p.given[0], p.given[1], p.cut).text;
  if (p.entry) person.id = p.entry.id;
  if (role) person.role = role;
  if (p.rank) person.rank = p.rank;
  return person;
}

export function findPeople(doc: Doc, claimed: Uint8Array): PersonFinding[] {
  const out: PersonFinding[] = [];
  let lastRole: Role | undefined;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (claimed[i]) continue;
    const t = titles.matchAt(doc, i);
    if (t && !(i > 0 && doc.gaps[i - 1]! <= Gap.Space && t.cut === 0 && blockers.has(doc.tokens[i - 1]!.normal))) {
      const parsed = parseTitle(doc, i, t.value, t.end, t.cut, lastRole);
      if (!parsed) continue;
      if (t.value.role !== "counterpart") lastRole = parsed.role;
      const gapOk = parsed.end < doc.tokens.length && doc.gaps[parsed.end - 1]! <= Gap.Clause;
      const name = gapOk ? parseName(doc, parsed.end, true) : undefined;
      if (name) {
        // «الرئيس عبد الفتاح السيسي … نظيره الأمريكي»: an outlet names its own leader without a nisba; the gazetteer knows the country
        if (lastRole === parsed.role && !lastRole.country && name.entry) lastRole = { ...lastRole, country: name.entry.country };
        out.push({ ...toPerson(doc, name, parsed.role), roleFirst: i });
        i = name.end - 1;
      } else i = parsed.end - 1;
      continue;
    }
    const name = parseName(doc, i, false);
    if (!name) continue;
    // apposition: «لويد أوستن، وزير الدفاع الأميركي»
    const after = name.end < doc.tokens.length && doc.gaps[name.end - 1] === Gap.Clause ? titles.matchAt(doc, name.end, false) : undefined;
    const appo = after ? parseTitle(doc, name.end, after.value, after.end, 0, lastRole) : undefined;
    out.push(toPerson(doc, name, appo?.role));
    i = (appo ? appo.end : name.end) - 1;
  }
  return out;
}
