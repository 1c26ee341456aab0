import { tokenize, type Token } from "../text/tokenize.ts";
import { shingleSequence, shingleSet } from "./shingles.ts";
import { hammingDistance, simhash } from "./simhash.ts";
import { featureCountsOf, mainText } from "./features.ts";
import { weigh, type SparseVector } from "./vector.ts";
import { unknownFeatureIdf } from "./unknown-idf.ts";
import { timeDecay } from "./time-decay.ts";
import { MATCH_DEFAULTS } from "./defaults.ts";
import { featureIndex, scoreReports, type ReportIndex } from "./report-index.ts";
import { headlineOf } from "../db/vector-codec.ts";
import { explainMatch, surfaceForms } from "./explain.ts";
import { furnitureSpans, outside, type TextRange } from "./furniture.ts";
import { findReprints } from "./reprints.ts";
import type { DbReport } from "../db/schema.ts";
import { UNKNOWN_OUTLET } from "../outlets.ts";

/**
 * Matches one article against the event database: the article's own report when the
 * database holds it (same URL, or near-identical text from the same outlet), otherwise its most similar report, if
 * that clears the threshold (tuned for precision: a wrong event is worse than none).
 * The related reports are the other members of that event that share something with the
 * page (a member that joined through other members alone, with next to nothing in common
 * with the page, is more often another story than this one's), most similar first.
 */
export interface ArticleInput {
  /** the article text (main text; boilerplate is cut by the caller or the core) */
  text: string;
  title?: string;
  url?: string;
  /** ISO 8601 */
  published?: string;
  /** the page's outlet id, when its URL tells: a near-identical report from another outlet is a reprint, not this page, and the outlet's page furniture is cut */
  source?: string;
}

export interface RelatedReport {
  id: string;
  source: string;
  /** the title, or the report's first sentence when it has none */
  headline: string;
  url?: string;
  published?: string;
  /** time-decayed cosine with the article, 0..1 */
  score: number;
  /** the page's words that weigh most in the match */
  why: string[];
  /** id of the report this one reprints (near-identical wire copy from another outlet) */
  reprintOf?: string;
}

export interface MatchResult {
  event: { id: string; title: string; size: number; first?: string; last?: string } | null;
  related: RelatedReport[];
  /** id of the database report that is this very article, if any */
  self: string | null;
  /** score of the best report, whether or not it cleared the threshold */
  bestScore: number;
}

/**
 * A page read once for matching and for its details: its main text (a prefix of the page),
 * its tokens, its word shingles (its SimHash) and where its outlet's furniture is in it,
 * as ranges of the page (none when the outlet is unknown or has none).
 */
export interface PageReading {
  main: string;
  tokens: readonly Token[];
  shingles: Uint32Array;
  furniture: TextRange[];
}

export function readPage(index: ReportIndex, article: ArticleInput): PageReading {
  const main = mainText(article.text);
  const tokens = tokenize(main).tokens;
  const words = tokens.filter((t) => t.kind === "word");
  const sequence = shingleSequence(words);
  const outletFurniture = article.source === undefined ? undefined : index.db.body.furniture.get(article.source);
  return { main, tokens, shingles: shingleSet(sequence), furniture: furnitureSpans(words, sequence, outletFurniture, MATCH_DEFAULTS.furniture.minRun) };
}

export interface MatchOptions {
  /** the "no match" threshold (MATCH_DEFAULTS.matchThreshold) */
  threshold?: number;
  /** the page as the caller has read it already (readPage), so it is not read twice */
  page?: PageReading;
}

export function matchArticle(index: ReportIndex, article: ArticleInput, { threshold = MATCH_DEFAULTS.matchThreshold, page = readPage(index, article) }: MatchOptions = {}): MatchResult {
  const { db } = index;
  const { main, tokens } = page;
  const body = outside(tokens, page.furniture);
  const counts = featureCountsOf(body, article.title ? tokenize(article.title).tokens : []);

  const vector = pageVector(index, counts);

  const time = article.published ? Date.parse(article.published) : NaN;
  const scores = scoreReports(index, vector);
  scores.map((doc, cos) => cos * timeDecay(time, index.times[doc]!, MATCH_DEFAULTS.cluster));
  const top = scores.top(SAME_ARTICLE_CANDIDATES);

  const selfDoc = (article.url ? index.byUrl.get(article.url) : undefined) ?? sameArticle(index, article, simhash(page.shingles), top);
  const [best, bestScore] = top.find(([doc, s]) => doc !== selfDoc && s > 0) ?? [-1, 0];
  const eventIndex = selfDoc !== undefined ? db.body.reports[selfDoc]!.event : bestScore >= threshold ? db.body.reports[best]!.event : -1;
  if (eventIndex < 0) return { event: null, related: [], self: null, bestScore };

  const event = db.body.events[eventIndex]!;
  const members = event.members.map((m) => db.body.reports[m]!);
  const reprints = findReprints(members);
  const pageWords = surfaceForms(body, main);
  const related = event.members
    .filter((m) => m !== selfDoc && scores.of(m) >= MATCH_DEFAULTS.relatedFloor)
    .map((m) => {
      const r = db.body.reports[m]!;
      const copied = reprints.get(r.id);
      return {
        id: r.id,
        source: r.source,
        headline: headlineOf(r),
        ...(r.url ? { url: r.url } : {}),
        ...(r.published ? { published: r.published } : {}),
        score: Math.round(scores.of(m) * 1000) / 1000,
        why: explainMatch(index, m, vector, db.body.features, pageWords),
        ...(copied ? { reprintOf: copied } : {}),
      };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return {
    event: {
      id: event.id,
      title: eventTitle(db.body.reports, event.members),
      size: event.members.length,
      ...(event.first ? { first: event.first } : {}),
      ...(event.last ? { last: event.last } : {}),
    },
    related,
    self: selfDoc !== undefined ? db.body.reports[selfDoc]!.id : null,
    bestScore: Math.round(bestScore * 1000) / 1000,
  };
}

/**
 * A page's vector in the database's feature numbering, its `queryTopK` heaviest features.
 * Features the vocabulary lacks still weigh in the page's norm, as common words.
 */
export function pageVector(index: ReportIndex, counts: ReadonlyMap<string, number>): SparseVector {
  let unknown = index.db.body.features.length;
  const idf = index.db.body.idf;
  const unknownIdf = unknownFeatureIdf(idf);
  const ids: [number, number][] = [];
  for (const [f, c] of counts) {
    const known = featureIndex(index, f);
    ids.push([known >= 0 ? known : unknown++, c]);
  }
  return weigh(ids, (id) => (id < idf.length ? idf[id]! : unknownIdf), MATCH_DEFAULTS.queryTopK);
}

/** SimHash bits within which two texts are the same article (same-event reports differ by ~25–40 of 64). */
const SAME_ARTICLE_BITS = 10;
const SAME_ARTICLE_CANDIDATES = 20;

/** The database's copy of this very article among the best-scored reports: near-identical text from the page's own outlet (or an unknown one). */
function sameArticle(index: ReportIndex, article: ArticleInput, pageHash: string, best: readonly [number, number][]): number | undefined {
  const { reports } = index.db.body;
  for (const [doc] of best) {
    const r = reports[doc]!;
    const sameOutlet = article.source === undefined || r.source === article.source || r.source === UNKNOWN_OUTLET;
    if (sameOutlet && hammingDistance(r.sh, pageHash) <= SAME_ARTICLE_BITS) return doc;
  }
  return undefined;
}

/** An event's headline: its earliest titled report's title, else its earliest report's lede. */
function eventTitle(reports: readonly DbReport[], members: readonly number[]): string {
  const titled = members.find((m) => reports[m]!.title);
  return headlineOf(reports[titled ?? members[0]!]!);
}
