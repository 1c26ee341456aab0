import peopleJson from "../../data/lexicon/people.json" with { type: "json" };
import placesJson from "../../data/lexicon/places.json" with { type: "json" };
import orgsJson from "../../data/lexicon/organizations.json" with { type: "json" };
import agenciesJson from "../../data/lexicon/agencies.json" with { type: "json" };
import { keyOf } from "../text/normalize.ts";
import { PhraseIndex } from "./phrases.ts";
import type { PlaceDetail } from "./types.ts";

/**
 * The gazetteers of src/data/lexicon (people, places, organizations, news agencies),
 * keyed once at load by the runtime normalizer so lookups and page keys cannot drift.
 */
export interface PersonEntry {
  id: string;
  name: string;
  given: string[];
  family: string[];
  roles: string[];
  country: string;
  /** false when the family name alone is a common word («ظريف» "witty», «روحاني» "spiritual») */
  lone?: boolean;
}
export interface PlaceEntry {
  id: string;
  name: string;
  kind: PlaceDetail["kind"];
  aliases: string[];
  within: string[];
}
export interface OrgEntry {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  country?: string;
}
export interface AgencyEntry {
  id: string;
  name: string;
  aliases: string[];
  country: string;
}

export const PEOPLE = peopleJson as PersonEntry[];
export const PLACES = placesJson as PlaceEntry[];
export const ORGS = orgsJson as OrgEntry[];
export const AGENCIES = agenciesJson as AgencyEntry[];

export const PLACE_BY_ID: ReadonlyMap<string, PlaceEntry> = new Map(PLACES.map((p) => [p.id, p]));

export const placeIndex = new PhraseIndex(PLACES.flatMap((p) => [p.name, ...p.aliases].map((a) => [keyOf(a), p] as const)));
export const orgIndex = new PhraseIndex(ORGS.flatMap((o) => [o.name, ...o.aliases].map((a) => [keyOf(a), o] as const)));
export const agencyIndex = new PhraseIndex(AGENCIES.flatMap((a) => [a.name, ...a.aliases].map((x) => [keyOf(x), a] as const)));

/** Family names (one or more words) → the people who carry them. */
export const familyIndex = new PhraseIndex(PEOPLE.flatMap((p) => p.family.map((f) => [keyOf(f), p] as const)));

/** Given names of the gazetteer plus common given names, for names without a gazetteer entry. */
const COMMON_GIVEN =
  "لويد لويس جيمس جون جو جوزيف مايك مايكل ديفيد دانيال روبرت ريتشارد توماس بيتر بول مارك انتوني ويليام " +
  "محمد احمد علي حسن حسين خالد عمر عبد عبدالله سلمان فهد فيصل يوسف ابراهيم اسماعيل مصطفي سامي جعفر قاسم هادي";
/**
 * Words written as a particle that read as a given name on the match key (#2: على/علي merge
 * in keys only): «ردا على نتنياهو» is no «علي نتنياهو». A name never starts with them as
 * written; inside a name («محمد على») Egyptian spelling keeps them a name.
 */
export const PARTICLES_AS_WRITTEN: ReadonlySet<string> = new Set(["على"]);
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...COMMON_GIVEN.split(" "),
  ...PEOPLE.flatMap((p) => p.given.flatMap((g) => keyOf(g).split(" "))),
]);
