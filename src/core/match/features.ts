import { tokenize, type Token } from "../text/tokenize.ts";
import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";
import { canonicalSpelling } from "./spelling.ts";
import { mainTextRange } from "../extract/boilerplate.ts";
import { withoutTail } from "./tail.ts";

/**
 * Match features of a report, after Miranda et al. 2018 (separate sub-vectors for tokens,
 * lemmas and title): `w:` the normalized word, `s:` its light stem, `t:` a title stem.
 * Keeping the unstemmed word as its own feature lets names survive a bad stem (ARABIC.md §2).
 * Numbers are left out: a count is a detail to compare, not evidence of the same event.
 */
const stopwords = new Set(STOPWORDS);
const MIN_WORD_LENGTH = 2;

export function featureCounts(body: string, title?: string): Map<string, number> {
  return featureCountsOf(mainTokens(body), title ? tokenize(title).tokens : []);
}

/** The report itself: "read also" lists and appended articles are cut, in their own line or not. */
export function mainText(body: string): string {
  const { start, end } = mainTextRange(body);
  return withoutTail(body.slice(start, end));
}

/** Tokens of the report itself (offsets into `mainText(body)`). */
export function mainTokens(body: string): Token[] {
  return tokenize(mainText(body)).tokens as Token[];
}

/** The same from tokens already made, so the compiler tokenizes each text once. */
export function featureCountsOf(body: readonly Token[], title: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const word of contentWords(body)) {
    add(`w:${word}`);
    add(`s:${stem(word)}`);
  }
  for (const word of contentWords(title)) add(`t:${stem(word)}`);
  return counts;
}

function* contentWords(tokens: readonly Token[]): Generator<string> {
  for (const t of tokens) {
    if (t.kind === "word" && t.normal.length >= MIN_WORD_LENGTH && !stopwords.has(t.normal)) yield canonicalSpelling(t.normal);
  }
}
