import { keyOf, keyedLabels, keySet } from "../text/normalize.ts";
import { cliticBefore, readings } from "../extract/clitics.ts";
import { Gap } from "../extract/doc.ts";
import { findPlaces, placeRelation } from "../extract/places.ts";
import {
  INCIDENT_KINDS, INCIDENT_NOUNS, KINDRED, LOCALITY_DESCRIPTIONS, LOCALITY_WORDS, OF_ITS_KIND, ORDINALS, PLACES_PLURAL, ROAD_NAME_WORDS, ROAD_WORDS,
  SCATTERED_WORDS, SEVERAL, SPREAD_WORDS, COUNTRY_WORD, PLURAL_INCIDENTS, TWO_PLACES, ONE_OF_TWO, TWO_ACCIDENTS, ACCIDENTS, IN_WORDS, TWO_DAYS,
  TWO_DAYS_BEFORE_WEEKDAYS, AGO,
} from "./model/incident-words.ts";
import { sentenceWords } from "./sentence-words.ts";
import { WEEKDAYS } from "../extract/model/dates.ts";

/**
 * Do two casualty figures' sentences tell one incident? A story's reports often round up
 * several (a car bomb in الطارمية and another in البياع; a suicide attack and a mine the
 * same day): a figure of one is no contradiction of a figure of another. Two sentences tell
 * two incidents when both name a locality after the same word and none is shared («منطقة
 * الطارمية» / «منطقة البياع»; names the gazetteer knows are compared as places), when both
 * name gazetteer places below a country (a sentence that names none, its report's headline's)
 * and none contains another, or when both name kinds
 * of incident (model/incident-words.ts: those of the figure's own clause, when it names
 * any) and none is shared or kindred. A sentence that
 * tallies several («اشتباكات متفرقة», «على عدة جبهات», «على البلدتين», «يومي الأربعاء
 * والخميس», «الحادث الأول») tells no one incident, nor does any sentence of a report headed as
 * such a tally. A sentence that names none of these cannot tell them apart.
 */
interface Incident {
  /** names after an indefinite locality word, by that word: «منطقة الطارمية» → منطقه → {الطارميه} */
  localities: Map<string, Set<string>>;
  /** gazetteer places below a country */
  places: string[];
  /** kinds of incident the sentence names, whole and clause by clause (source ranges) */
  kinds: Set<string>;
  clauses: { start: number; end: number; kinds: Set<string> }[];
  /** a tally of several incidents */
  several: boolean;
  /** accidents counted in the dual or, after «في» or «ب», the plural: read in a headline only («بحادثين», «في حوادث مرورية») */
  accidents: boolean;
  /** told of a whole country, spread over it («في أنحاء البلاد», «انهيارات … في وسط البلاد») */
  wide: boolean;
}

const localityWords = keySet(LOCALITY_WORDS);
const descriptions = keySet(LOCALITY_DESCRIPTIONS);
const scattered = keySet(SCATTERED_WORDS);
const spread = keySet(SPREAD_WORDS);
const country = keySet([COUNTRY_WORD]);
const pluralIncidents = keySet(PLURAL_INCIDENTS);
const placesPlural = keySet(PLACES_PLURAL);
const twoPlaces = keySet(TWO_PLACES);
const oneOfTwo = keySet(ONE_OF_TWO);
const twoAccidents = keySet(TWO_ACCIDENTS);
const accidentsWord = keyOf(ACCIDENTS);
const inWords = keySet(IN_WORDS);
const twoDays = keySet(TWO_DAYS);
const twoDaysOf = keyOf(TWO_DAYS_BEFORE_WEEKDAYS);
const ago = keySet(AGO);
const incidentNouns = keySet(INCIDENT_NOUNS);
const roadWords = keySet(ROAD_WORDS);
const ordinals = keySet(ORDINALS);
const severalWord = keyOf(SEVERAL);
const [ofWord, kindWord] = OF_ITS_KIND.map((w) => keyOf(w));
const kindOf = keyedLabels(INCIDENT_KINDS);
const kindred = new Set(KINDRED.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

const cache = new Map<string, Incident>();
const CACHE_MAX = 4096;

function incidentOf(sentence: string): Incident {
  let found = cache.get(sentence);
  if (found) return found;
  const { doc, forms } = sentenceWords(sentence);
  const gazetteer = findPlaces(doc, new Uint8Array(doc.tokens.length));
  const inGazetteer = (i: number) => gazetteer.some((p) => doc.tokens[i]!.start >= p.start && doc.tokens[i]!.end <= p.end);
  const localities = new Map<string, Set<string>>();
  const kinds = new Set<string>();
  const clauses: Incident["clauses"] = [];
  let several = false;
  let [spreadOver, wholeCountry, severalIncidents, accidents] = [false, false, false, false];
  const has = (i: number, set: ReadonlySet<string>) => i >= 0 && i < doc.tokens.length && forms[i]!.some((f) => set.has(f));
  const is = (i: number, word: string | undefined) => i >= 0 && i < doc.tokens.length && word !== undefined && forms[i]!.includes(word);
  for (let i = 0; i < doc.tokens.length; i++) {
    const ordinal = has(i, incidentNouns) && has(i + 1, ordinals) && !(is(i + 2, ofWord) && is(i + 3, kindWord));
    spreadOver ||= has(i, spread);
    wholeCountry ||= has(i, country);
    severalIncidents ||= has(i, pluralIncidents);
    // indefinite only (the raw readings keep «ال»): «بحادثين», «وقع حادثان», «في حوادث مرورية»; not «قسم الحوادث»
    accidents ||= doc.readings[i]!.some(([f, cut]) =>
      twoAccidents.has(f) || (f === accidentsWord && (cut > 0 ? cliticBefore(doc.tokens[i]!.normal, cut) === "ب" : i > 0 && inWords.has(doc.tokens[i - 1]!.normal))),
    );
    // «يومي الأربعاء والخميس», «خلال يومين»: two days' incidents
    const twoDaysAt = (has(i, twoDays) && !has(i - 1, ago)) || (doc.readings[i]!.some(([f]) => f === twoDaysOf) && WEEKDAYS.has(doc.tokens[i + 1]?.normal ?? ""));
    if (has(i, scattered) || (has(i, twoPlaces) && !has(i - 1, oneOfTwo)) || twoDaysAt || (has(i, placesPlural) && (is(i - 1, severalWord) || is(i + 1, severalWord))) || ordinal) several = true;
    if (i === 0 || doc.gaps[i - 1]! >= Gap.Clause) clauses.push({ start: doc.tokens[i]!.start, end: doc.tokens[i]!.end, kinds: new Set() });
    const clause = clauses.at(-1)!;
    clause.end = doc.tokens[i]!.end;
    for (const f of forms[i]!) {
      const kind = kindOf.get(f);
      if (kind) kinds.add(kind), clause.kinds.add(kind);
    }
    // indefinite only: «المنطقة الحدودية» names no place
    const word = doc.readings[i]!.find(([f]) => localityWords.has(f))?.[0];
    const next = doc.tokens[i + 1];
    if (!word || !next || next.kind !== "word" || inGazetteer(i + 1)) continue;
    const name = readings(next.normal).at(-1)![0];
    if (descriptions.has(name) || descriptions.has(next.normal)) continue;
    localities.set(word, (localities.get(word) ?? new Set()).add(next.normal));
  }
  // countries are named in passing («قرب الحدود مع سوريا»): only places within one tell incidents apart;
  // a road's name tells where it goes, not where the incident was
  const roads = doc.tokens.flatMap((_, i) => (has(i, roadWords) ? [i] : []));
  const roadName = (start: number) => {
    const at = doc.tokens.findIndex((t) => t.end > start);
    return roads.some((road) => at > road && at - road <= ROAD_NAME_WORDS);
  };
  const places = gazetteer.filter((p) => p.kind !== "country" && !roadName(p.start)).map((p) => p.id);
  const wide = spreadOver || (wholeCountry && severalIncidents);
  found = { localities, places, kinds, clauses, several, accidents, wide };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(sentence, found);
  return found;
}

const shares = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].some((x) => b.has(x));
const kindsMeet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => [...b].some((y) => x === y || kindred.has(`${x}|${y}`)));

/**
 * The kinds a figure's own clause names, or its sentence's when the clause names none: «كما
 * قتل جندي إثر انفجار لغم…، فيما نفذ انتحاري هجوما…» tells of a mine, «قتل ثلاثة، في تفجير
 * سيارة مفخخة» of a car bomb.
 */
function kindsOf(incident: Incident, figure: Figure): Set<string> {
  const at = figure.text ? figure.quote.indexOf(figure.text) : -1;
  const own = at < 0 ? undefined : incident.clauses.find((c) => at >= c.start && at < c.end);
  return own?.kinds.size ? own.kinds : incident.kinds;
}

/** A figure as the database keeps it: its words and the sentence around them, and its report's headline. */
interface Figure {
  quote: string;
  text: string;
  headline?: string;
}

/**
 * The places below a country a figure's sentence names, or when it names none, its report's
 * headline: «مقتل العشرات من عناصر داعش خلال المواجهات» in a report headed «… لتحرير الأنبار»
 * happened in Anbar, not where another report's «11 … قرب محافظة كركوك» did.
 */
function placesOf(incident: Incident, figure: Figure): string[] {
  return incident.places.length || !figure.headline ? incident.places : incidentOf(figure.headline).places;
}

/**
 * A report headed as a tally of several («مصرع 3 وإصابة 12 بحادثين منفصلين») tells no one
 * incident in any of its figures: a quote cut short («…تصادم بعد الحوميات نتج عنه حالة وفاة…»)
 * may have lost the «وعن الحادث الثاني» that said which one it is of.
 */
const roundup = (f: Figure) => f.headline !== undefined && (incidentOf(f.headline).several || incidentOf(f.headline).accidents);

export function sameIncident(a: Figure, b: Figure): boolean {
  const x = incidentOf(a.quote);
  const y = incidentOf(b.quote);
  if (x.several || y.several || roundup(a) || roundup(b)) return false;
  for (const [word, names] of x.localities) {
    const other = y.localities.get(word);
    if (other && !shares(names, other)) return false;
  }
  const [px, py] = [placesOf(x, a), placesOf(y, b)];
  if (px.length && py.length && !px.some((p) => py.some((q) => placeRelation(p, q) !== "disjoint"))) return false;
  const [kx, ky] = [kindsOf(x, a), kindsOf(y, b)];
  return !(kx.size && ky.size && !kindsMeet(kx, ky));
}

/**
 * Is `part` told of a part of the area `whole` is told of? Places the gazetteer knows, each
 * within one of the other's («5 في الفلوجة» / «20 في محافظة الأنبار»), or a locality the
 * text names against a whole country («15 في حي لوملي بمنطقة كاسكي» / «28 في وسط البلاد»).
 * A lower figure of a part is no contradiction of the whole's.
 */
export function partOfArea(part: Figure, whole: Figure): boolean {
  const x = incidentOf(part.quote);
  const y = incidentOf(whole.quote);
  if (x.places.length && y.places.length) return x.places.every((p) => y.places.some((q) => placeRelation(p, q) === "within"));
  return x.localities.size > 0 && y.localities.size === 0 && !y.places.length && y.wide && !x.wide;
}
