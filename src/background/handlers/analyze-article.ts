import { analyzeArticle } from "../../core/analyze.ts";
import { outletOfUrl, UNKNOWN_OUTLET } from "../../core/outlets.ts";
import type { Article } from "../../protocol/messages.ts";
import type { AnalysisSummary, TabState } from "../../protocol/results.ts";
import { loadDatabase } from "../db-loader.ts";
import { showBadge } from "../badge.ts";
import { getTabState, setTabState } from "../tab-state.ts";
import { readCorrections } from "../corrections.ts";
import { visibleTabState } from "../../protocol/corrections.ts";

/**
 * Matches the article, keeps the result for the tab, and updates the badge. The tab keeps
 * the whole analysis; the badge and the reply (the highlights) show it with the reader's
 * corrections applied.
 */
export async function analyzeArticleForTab(tabId: number, article: Article): Promise<AnalysisSummary> {
  // The same address analysed again (a reload, a changed setting or correction) keeps its
  // answer until the new one is ready: the popup and corrections never see it vanish.
  const previous = await getTabState(tabId);
  if (previous?.url !== article.url || previous.status === "error") await setTabState(tabId, { status: "analysing", url: article.url });
  let state: TabState;
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
    const summary: AnalysisSummary = {
      url: article.url,
      ...(article.title ? { title: article.title } : {}),
      source: outlet ?? UNKNOWN_OUTLET,
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
  const visible = visibleTabState(state, await readCorrections());
  await showBadge(tabId, visible);
  if (visible.status === "error") throw new Error(visible.message);
  return (visible as Extract<TabState, { summary: AnalysisSummary }>).summary;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "page";
  }
}
