import browser from "webextension-polyfill";
import type { TabState } from "../protocol/results.ts";

/**
 * Per-tab results in storage.session: they survive a worker restart mid-visit
 * (RELIABILITY.md §5) and vanish with the browser session. Never storage.local: what
 * the user reads is not kept (the reader's own corrections are the one exception they
 * choose, see corrections.ts).
 */
const PREFIX = "tab:";
const key = (tabId: number) => `${PREFIX}${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const k = key(tabId);
  const stored = await browser.storage.session.get(k);
  return (stored[k] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Every tab's state, by tab id. */
export async function allTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  return new Map(Object.entries(all).flatMap(([k, v]) => (k.startsWith(PREFIX) ? [[Number(k.slice(PREFIX.length)), v as TabState] as const] : [])));
}
