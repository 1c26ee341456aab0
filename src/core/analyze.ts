import { extractDetails } from "./extract/index.ts";
import { findings, type Findings } from "./conflict/compare.ts";
import { pageHeadline, toReportDetails } from "./conflict/report-details.ts";
import { storedReportDetails } from "./db/report-details.ts";
import { PAGE_REPORT_ID } from "./conflict/types.ts";
import type { Details } from "./extract/types.ts";
import { matchArticle, readPage, type ArticleInput, type MatchResult } from "./match/match.ts";
import { blanked } from "./match/furniture.ts";
import type { ReportIndex } from "./match/report-index.ts";

/**
 * One analysis entry for the background, the CLI and the tests: match the article to
 * its event, then compare its details with the other reports of that event. Conflict
 * values from the article itself carry offsets into `article.text`, for highlighting.
 */
export interface Analysis extends MatchResult, Findings {
  details: Details;
}

/** `pageLabel` names the page's outlet in conflicts when `article.source` is unknown (its host, say). */
export function analyzeArticle(index: ReportIndex, article: ArticleInput, pageLabel = "page"): Analysis {
  // the outlet's "most read" box is no part of the report: its words match nothing, its figures are not the page's (offsets kept)
  const reading = readPage(index, article);
  const match = matchArticle(index, article, { page: reading });
  const text = blanked(article.text, reading.furniture);
  const details = extractDetails(text, article.published ? { published: article.published } : {});
  if (!match.event) return { ...match, details, conflicts: [], agreements: [], updates: [] };
  const { reports } = index.db.body;
  const self = match.self !== null ? reports[index.byId.get(match.self)!]! : undefined;
  const page = toReportDetails(
    {
      id: match.self ?? PAGE_REPORT_ID,
      source: self?.source ?? article.source ?? pageLabel,
      ...(article.published ? { published: article.published } : {}),
    },
    text,
    details,
    true,
  );
  const headline = pageHeadline(article.text, article.title);
  if (headline) page.headline = headline;
  const others = match.related.map((rel) => storedReportDetails(reports[index.byId.get(rel.id)!]!, rel.reprintOf));
  return { ...match, details, ...findings([page, ...others]) };
}
