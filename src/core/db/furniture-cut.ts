import type { WordRange } from "../match/furniture.ts";
import type { StoredDetails } from "./schema.ts";

/**
 * The database's reports lose the details of their outlet's furniture as the page being
 * read does (match/furniture.ts): a "most read" box or a recurring background paragraph
 * printed under reports of other events tells none of this one. The compiler learns the
 * furniture from all the reports, after their details are read, so each detail keeps the
 * word it starts at until then (-1: after the main text, never cut).
 */
export interface DetailWords {
  people: Int32Array;
  counts: Int32Array;
  places: Int32Array;
}

/** The details that start outside these runs of furniture words. */
export function detailsOutside(details: StoredDetails, words: DetailWords, runs: readonly WordRange[]): StoredDetails {
  const inside = (w: number) => w >= 0 && runs.some((r) => w >= r.start && w < r.end);
  const keep = <T>(items: T[], at: Int32Array) => items.filter((_, k) => !inside(at[k]!));
  return { ...details, people: keep(details.people, words.people), counts: keep(details.counts, words.counts), places: keep(details.places, words.places) };
}
