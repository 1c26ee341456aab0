import { analyzeArticle } from "../../core/analyze.ts";
import { extractDetails } from "../../core/extract/index.ts";
import { findings, type Findings } from "../../core/conflict/compare.ts";
import { pageHeadline, toReportDetails } from "../../core/conflict/report-details.ts";
import { buildReportIndex } from "../../core/match/report-index.ts";
import type { Database } from "../../core/db/schema.ts";
import type { ArticleFile } from "../article-input.ts";

/**
 * `sada match`: the article's event, related reports and conflicting details. `source` is
 * the page's outlet as the database names it (`sada stats` lists them): its page furniture
 * is cut, and only its own reports (or those of no known outlet) can be this very page.
 */
export function matchCommand(db: Database, article: ArticleFile, overrides: { title?: string; published?: string; source?: string }) {
  const title = overrides.title ?? article.title;
  const published = overrides.published ?? article.published;
  const analysis = analyzeArticle(buildReportIndex(db), {
    text: article.text,
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(overrides.source ? { source: overrides.source } : {}),
  });
  return {
    event: analysis.event ? { id: analysis.event.id, title: analysis.event.title, size: analysis.event.size } : null,
    related: analysis.related.map((r) => ({
      id: r.id,
      source: r.source,
      title: r.headline,
      ...(r.url ? { url: r.url } : {}),
      ...(r.published ? { published: r.published } : {}),
      score: r.score,
      why: r.why,
      ...(r.reprintOf ? { reprintOf: r.reprintOf } : {}),
    })),
    conflicts: analysis.conflicts,
    agreements: analysis.agreements,
    updates: analysis.updates,
    self: analysis.self,
    bestScore: analysis.bestScore,
  };
}

/** `sada compare`: conflicting details between two reports, each named by its file. */
export function compareCommand(a: ArticleFile, b: ArticleFile): Findings {
  const details = [a, b].map((f) => {
    const d = toReportDetails({ id: f.name, source: f.name }, f.text, extractDetails(f.text, f.published ? { published: f.published } : {}), true);
    const headline = pageHeadline(f.text, f.title);
    return headline ? { ...d, headline } : d;
  });
  return findings(details);
}

/** `sada extract`: every detail found in one report, with offsets into the input text. */
export function extractCommand(article: ArticleFile) {
  return extractDetails(article.text, article.published ? { published: article.published } : {});
}
