import { analyzeArticle } from "../../core/analyze.ts";
import { outletOfUrl } from "../../core/outlets.ts";
import type { Article } from "../../protocol/messages.ts";
import type { AnalysisSummary, TabState } from "../../protocol/results.ts";
import { loadDatabase } from "../db-loader.ts";
import { showBadge } from "../badge.ts";
import { setTabState } from "../tab-state.ts";

/** Matches the article, keeps the result for the tab, and updates the badge. */
export async function analyzeArticleForTab(tabId: number, article: Article): Promise<AnalysisSummary> {
  await setTabState(tabId, { status: "analysing", url: article.url });
  let state: TabState;
  let summary: AnalysisSummary | undefined;
  try {
    const { index } = await loadDatabase();
    const started = performance.now();
    const outlet = outletOfUrl(article.url)?.id;
    const analysis = analyzeArticle(
      index,
      {
        text: article.text,
        url: article.url,
        ...(outlet ? { source: outlet } : {}),
        ...(article.title ? { title: article.title } : {}),
        ...(article.published ? { published: article.published } : {}),
      },
      hostOf(article.url),
    );
    summary = {
      url: article.url,
      ...(article.title ? { title: article.title } : {}),
      source: outlet ?? "unknown",
      event: analysis.event,
      related: analysis.related,
      self: analysis.self,
      conflicts: analysis.conflicts,
      agreements: analysis.agreements,
      updates: analysis.updates,
      truncated: article.truncated,
      analysisMs: Math.round(performance.now() - started),
    };
    state = { status: analysis.event ? "ready" : "no-match", url: article.url, summary };
  } catch (e) {
    state = { status: "error", url: article.url, message: e instanceof Error ? e.message : String(e) };
  }
  await setTabState(tabId, state);
  await showBadge(tabId, state);
  if (state.status === "error") throw new Error(state.message);
  return summary!;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "page";
  }
}
