import browser from "webextension-polyfill";
import type { TabState } from "../protocol/results.ts";

/** The toolbar badge: the number of conflicts, else of related reports; empty otherwise. */
export async function showBadge(tabId: number, state: TabState): Promise<void> {
  let text = "";
  let color = "#5f6368";
  if (state.status === "ready") {
    const conflicts = state.summary.conflicts.length;
    text = String(conflicts || state.summary.related.length || "");
    color = conflicts ? "#b3261e" : "#0b57d0";
  } else if (state.status === "error") {
    text = "!";
  }
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
}
