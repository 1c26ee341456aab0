import { attributionFor, bySentence, findAttributions, strip } from "./attribution.ts";
import { backgroundSentences, forecast, intended, ofEarlierIncidents, pluperfectSentences } from "./background.ts";
import { mainTextRange } from "./boilerplate.ts";
import { findCounts } from "./counts.ts";
import { findDates, localDay } from "./dates.ts";
import { makeDoc } from "./doc.ts";
import { GENERIC_CLASSES } from "./model/counted-nouns.ts";
import { findPeople } from "./people.ts";
import { findPlaces } from "./places.ts";
import type { CountDetail, Details, ExtractOptions } from "./types.ts";

/**
 * Every comparable detail of one report, each with its exact span in `text` (ARABIC.md).
 * Pure and deterministic: the publication time comes in through `options`.
 * Order matters: dates claim their tokens first («الاثنين», «6 أغسطس» are not counts),
 * then people (titles hold nisbas and organizations), then places and counts.
 */
export { mainTextRange } from "./boilerplate.ts";
export { givenNamesCompatible, nameSkeleton, sameRole } from "./names.ts";
export { placeRelation } from "./places.ts";
export type * from "./types.ts";

export function extractDetails(text: string, options: ExtractOptions = {}): Details {
  const range = mainTextRange(text);
  const doc = makeDoc(text, range.start, range.end);
  const today = localDay(options.published, options.utcOffsetMinutes);
  const claimed = new Uint8Array(doc.tokens.length);
  const dates = findDates(doc, today ? { today } : {}, claimed);
  const peopleFound = findPeople(doc, claimed);
  const places = findPlaces(doc, new Uint8Array(claimed));
  const attributionsFound = findAttributions(doc, peopleFound);
  const countsFound = findCounts(doc, claimed);
  const grouped = bySentence(doc, attributionsFound);
  const background = backgroundSentences(doc, today);
  const pluperfect = pluperfectSentences(doc);
  const sentenceOf = (c: { first: number }) => doc.sentence[c.first]!;
  // a figure told in the pluperfect beside the report's own figure of its kind is the earlier one
  // of its kind: the slot, the class of the counted and its nationality («5 فلسطينيين» beside «3 جنود إسرائيليين» is another count, not an earlier one);
  // persons and victims are one class («تسعة أشخاص» beside «12 قتيلاً»)
  const cls = (c: { groupClass?: string }) => (c.groupClass && !GENERIC_CLASSES.has(c.groupClass) ? c.groupClass : "");
  const kind = (c: { slot: string; groupClass?: string; nationality?: string }) => `${c.slot}|${cls(c)}|${c.nationality ?? ""}`;
  const told = new Set(countsFound.filter((c) => !background.has(sentenceOf(c)) && !pluperfect.has(sentenceOf(c))).map(kind));
  const earlier = (c: { first: number; slot: string; groupClass?: string; nationality?: string }) => pluperfect.has(sentenceOf(c)) && told.has(kind(c));
  const counts: CountDetail[] = countsFound.map(({ first, last, ...c }) => {
    const a = c.slot === "sources" ? undefined : attributionFor(doc, grouped, first, last);
    const notTheEvent = background.has(doc.sentence[first]!) || earlier({ first, ...c }) || forecast(doc, first) || (c.slot === "quantity" && intended(doc, first)) || ofEarlierIncidents(doc, first);
    return { ...c, ...(a ? { attribution: a } : {}), ...(notTheEvent ? { background: true as const } : {}) };
  });
  return {
    counts,
    people: peopleFound.map(({ first: _f, last: _l, roleFirst: _r, ...p }) => p),
    places,
    dates,
    attributions: attributionsFound.map(strip),
  };
}
