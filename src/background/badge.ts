import browser from "webextension-polyfill";
import type { TabState } from "../protocol/results.ts";

/** The toolbar badge: the number of related reports of the page's event; red when outlets disagree. */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  let text = "";
  let color = "#0b57d0";
  if (state.status === "ready") {
    text = state.summary.related.length ? String(state.summary.related.length) : "";
    if (state.summary.conflicts.length) color = "#b3261e";
  } else if (state.status === "error") {
    text = "!";
    color = "#5f6368";
  }
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}
