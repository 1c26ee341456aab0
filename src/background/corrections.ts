import browser from "webextension-polyfill";
import {
  conflictKey,
  CORRECTIONS_KEY,
  countCorrections,
  parseCorrections,
  visibleTabState,
  withCorrection,
  withoutCorrectionsFor,
  type Correction,
  type Corrections,
} from "../protocol/corrections.ts";
import type { TabState } from "../protocol/results.ts";
import { RouteError } from "../protocol/router.ts";
import { showBadge } from "./badge.ts";
import { allTabStates, getTabState } from "./tab-state.ts";

/**
 * The reader's corrections (protocol/corrections.ts) in storage.local. The raw analysis
 * stays in the tab's state; what the popup, the badge and the highlights get is the
 * visible one. Content scripts restart on the storage change and highlight anew.
 */
export async function readCorrections(): Promise<Corrections> {
  return parseCorrections((await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY]);
}

/** The tab's state as the reader sees it. */
export async function visibleStateOf(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  return state && visibleTabState(state, await readCorrections());
}

/** Records a correction of what this tab shows; only a conflict the tab shows may be dismissed. */
export async function correctTab(tabId: number, correction: Correction): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (state?.status !== "ready") throw new RouteError("not-allowed", "this tab shows no event to correct");
  const { summary } = state;
  const event = summary.event!;
  if (correction.kind === "not-a-conflict" && !summary.conflicts.some((c) => conflictKey(event.id, c) === correction.conflict)) {
    throw new RouteError("not-allowed", "this tab shows no such conflict");
  }
  await save(withCorrection(await readCorrections(), summary, correction));
  return visibleStateOf(tabId);
}

/** Takes back the corrections that change what this tab shows. */
export async function undoTabCorrections(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  if (state?.status === "ready") await save(withoutCorrectionsFor(await readCorrections(), state.summary));
  return visibleStateOf(tabId);
}

export async function correctionCount(): Promise<number> {
  return countCorrections(await readCorrections());
}

export async function clearCorrections(): Promise<number> {
  await browser.storage.local.remove(CORRECTIONS_KEY);
  await refreshBadges();
  return 0;
}

async function save(c: Corrections): Promise<void> {
  await browser.storage.local.set({ [CORRECTIONS_KEY]: c });
  await refreshBadges();
}

/** A correction may change any open tab of the same event. */
async function refreshBadges(): Promise<void> {
  const c = await readCorrections();
  await Promise.all([...(await allTabStates())].map(([tabId, state]) => showBadge(tabId, visibleTabState(state, c)).catch(() => undefined)));
}
