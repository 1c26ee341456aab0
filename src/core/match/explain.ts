import type { Token } from "../text/tokenize.ts";
import { WEIGHT_OF_BYTE, type FeaturePostings } from "../db/vector-codec.ts";
import type { Vocabulary } from "../db/vocabulary.ts";
import { stem } from "../text/stem.ts";
import { canonicalSpelling } from "./spelling.ts";
import type { SparseVector } from "./vector.ts";

/**
 * Why a report matched: the features that carry most of its similarity with the page,
 * shown as the page's own words (a stem or folded key reads badly: «اوستن» → «أوستن»).
 */
const WHY_WORDS = 4;

export function explainMatch(
  postings: FeaturePostings,
  report: number,
  query: SparseVector,
  features: Pick<Vocabulary, "at">,
  pageWords: ReadonlyMap<string, string>,
): string[] {
  const shared: [string, number][] = [];
  for (let i = 0; i < query.ids.length; i++) {
    const f = query.ids[i]!;
    const at = f + 1 < postings.offsets.length ? positionOf(postings, f, report) : -1;
    if (at >= 0) shared.push([features.at(f)!, query.weights[i]! * WEIGHT_OF_BYTE[postings.weights[at]!]!]);
  }
  shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words: string[] = [];
  for (const [feature] of shared) {
    const word = pageWords.get(feature.slice(2)) ?? feature.slice(2);
    if (!words.includes(word)) words.push(word);
    if (words.length === WHY_WORDS) break;
  }
  return words;
}

/** Where `report` is in feature f's postings (reports ascending), or -1. */
function positionOf({ offsets, docs }: FeaturePostings, f: number, report: number): number {
  let lo = offsets[f]!;
  let hi = offsets[f + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid] === report) return mid;
    if (docs[mid]! < report) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The page's first surface form of each word key and stem, for display. */
export function surfaceForms(tokens: readonly Token[], source: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const word = canonicalSpelling(t.normal);
    const surface = source.slice(t.start, t.end);
    if (!forms.has(word)) forms.set(word, surface);
    const s = stem(word);
    if (!forms.has(s)) forms.set(s, surface);
  }
  return forms;
}
