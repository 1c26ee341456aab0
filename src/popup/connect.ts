import browser from "webextension-polyfill";
import { ask } from "../protocol/client.ts";
import type { TabState } from "../protocol/results.ts";
import type { Correction, Undo } from "../protocol/corrections.ts";

/**
 * The popup's only door to the browser: which tab it is about, that tab's result, and
 * asking for an analysis when the page has none yet (activeTab: the user's click).
 */
export async function currentTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get("tab");
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export const tabState = (tabId: number): Promise<TabState | null> => ask({ type: "popup-bg/get-tab-state", tabId });

export const analyseTab = async (tabId: number): Promise<void> => void (await ask({ type: "popup-bg/analyze-tab", tabId }));

/** Polls until the tab's state is final or the time is up (the background answers in well under a second). */
export async function settledState(tabId: number, timeoutMs = 20_000, everyMs = 200): Promise<TabState | null> {
  const until = Date.now() + timeoutMs;
  let state = await tabState(tabId);
  while ((state === null || state.status === "analysing") && Date.now() < until) {
    await new Promise((r) => setTimeout(r, everyMs));
    state = await tabState(tabId);
  }
  return state;
}

/** The reader's correction of what this tab shows; the answer is the tab's state with it applied. */
export const correct = (tabId: number, correction: Correction): Promise<TabState | null> => ask({ type: "popup-bg/correct", tabId, correction });

export const undoCorrection = (tabId: number, undo: Undo): Promise<TabState | null> => ask({ type: "popup-bg/undo-corrections", tabId, undo });
