import { keyOf } from "../text/normalize.ts";
import { baseForms, readings } from "../extract/clitics.ts";
import { makeDoc } from "../extract/doc.ts";
import { findPlaces, placeRelation } from "../extract/places.ts";
import { INCIDENT_KINDS, INCIDENT_NOUNS, LOCALITY_DESCRIPTIONS, LOCALITY_WORDS, ORDINALS, PLACES_PLURAL, SCATTERED_WORDS, SEVERAL } from "./model/incident-words.ts";

/**
 * Do two casualty figures' sentences tell one incident? A story's reports often round up
 * several (a car bomb in الطارمية and another in البياع; a suicide attack and a mine the
 * same day): a figure of one is no contradiction of a figure of another. Two sentences tell
 * two incidents when both name localities and none is shared (the most precise first: a
 * district after «منطقة», then gazetteer places below a country, where containment is shared), or both name
 * kinds of incident (model/incident-words.ts) and none is shared. A sentence that tallies
 * several («اشتباكات متفرقة», «على عدة جبهات», «الحادث الأول») tells no one incident. A
 * sentence that names none of these cannot tell them apart.
 */
interface Incident {
  /** names after an indefinite locality word: «منطقة الطارمية» → «الطارميه» */
  localities: Set<string>;
  /** gazetteer places below a country */
  places: string[];
  kinds: Set<string>;
  /** a tally of several incidents */
  several: boolean;
}

const key = (words: readonly string[]) => new Set(words.map((w) => keyOf(w)));
const localityWords = key(LOCALITY_WORDS);
const descriptions = key(LOCALITY_DESCRIPTIONS);
const scattered = key(SCATTERED_WORDS);
const placesPlural = key(PLACES_PLURAL);
const incidentNouns = key(INCIDENT_NOUNS);
const ordinals = key(ORDINALS);
const severalWord = keyOf(SEVERAL);
const kindOf = new Map(Object.entries(INCIDENT_KINDS).flatMap(([kind, words]) => words.map((w) => [keyOf(w), kind] as const)));

const cache = new Map<string, Incident>();
const CACHE_MAX = 4096;

function incidentOf(sentence: string): Incident {
  let found = cache.get(sentence);
  if (found) return found;
  const doc = makeDoc(sentence, 0, sentence.length);
  const forms = doc.tokens.map((_, i) => baseForms(doc.readings[i]!));
  const localities = new Set<string>();
  const kinds = new Set<string>();
  let several = false;
  const has = (i: number, set: ReadonlySet<string>) => i >= 0 && i < doc.tokens.length && forms[i]!.some((f) => set.has(f));
  const isSeveral = (i: number) => i >= 0 && i < doc.tokens.length && forms[i]!.includes(severalWord);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (has(i, scattered) || (has(i, placesPlural) && (isSeveral(i - 1) || isSeveral(i + 1))) || (has(i, incidentNouns) && has(i + 1, ordinals))) several = true;
    for (const f of forms[i]!) {
      const kind = kindOf.get(f);
      if (kind) kinds.add(kind);
    }
    // indefinite only: «المنطقة الحدودية» names no place
    const next = doc.tokens[i + 1];
    if (!next || next.kind !== "word" || !doc.readings[i]!.some(([f]) => localityWords.has(f))) continue;
    const name = readings(next.normal).at(-1)![0];
    if (!descriptions.has(name) && !descriptions.has(next.normal)) localities.add(next.normal);
  }
  // countries are named in passing («قرب الحدود مع سوريا»): only places within one tell incidents apart
  const places = findPlaces(doc, new Uint8Array(doc.tokens.length)).filter((p) => p.kind !== "country").map((p) => p.id);
  found = { localities, places, kinds, several };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(sentence, found);
  return found;
}

const shares = <T>(a: Set<T>, b: Set<T>) => [...a].some((x) => b.has(x));

export function sameIncident(a: string, b: string): boolean {
  const x = incidentOf(a);
  const y = incidentOf(b);
  if (x.several || y.several) return false;
  if (x.localities.size && y.localities.size && !shares(x.localities, y.localities)) return false;
  if (x.places.length && y.places.length && !x.places.some((p) => y.places.some((q) => placeRelation(p, q) !== "disjoint"))) return false;
  return !(x.kinds.size && y.kinds.size && !shares(x.kinds, y.kinds));
}
