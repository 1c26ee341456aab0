import browser from "webextension-polyfill";
import {
  conflictKey,
  CORRECTIONS_KEY,
  countCorrections,
  NO_CORRECTIONS,
  parseCorrections,
  visibleTabState,
  withCorrection,
  withoutCorrections,
  type Correction,
  type Corrections,
  type Undo,
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

// Changes run one after another, so two quick clicks cannot overwrite each other.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = queue.then(work);
  queue = turn.catch(() => undefined);
  return turn;
}

export async function readCorrections(): Promise<Corrections> {
  return parseCorrections((await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY]);
}

/** The tab's state as the reader sees it. */
export async function visibleStateOf(tabId: number): Promise<TabState | null> {
  const state = await getTabState(tabId);
  return state && visibleTabState(state, await readCorrections());
}

/** Records a correction of what this tab shows; only a conflict the tab shows may be dismissed. */
export function correctTab(tabId: number, correction: Correction): Promise<TabState> {
  return inTurn(async () => {
    const state = await readyState(tabId);
    const event = state.summary.event!;
    if (correction.kind === "not-a-conflict" && !state.summary.conflicts.some((c) => conflictKey(event.id, c) === correction.conflict)) {
      throw new RouteError("not-allowed", "this tab shows no such conflict");
    }
    return visibleTabState(state, await save(withCorrection(await readCorrections(), state.summary, correction)));
  });
}

/** Takes back one kind of correction of what this tab shows. */
export function undoTabCorrections(tabId: number, undo: Undo): Promise<TabState> {
  return inTurn(async () => {
    const state = await readyState(tabId);
    return visibleTabState(state, await save(withoutCorrections(await readCorrections(), state.summary, undo)));
  });
}

export async function correctionCount(): Promise<number> {
  return countCorrections(await readCorrections());
}

export function clearCorrections(): Promise<number> {
  return inTurn(async () => {
    await browser.storage.local.remove(CORRECTIONS_KEY);
    await refreshBadges(NO_CORRECTIONS);
    return correctionCount();
  });
}

/** The tab's state a correction is about, when it found an event. */
async function readyState(tabId: number): Promise<Extract<TabState, { status: "ready" }>> {
  const state = await getTabState(tabId);
  if (state?.status !== "ready") throw new RouteError("not-allowed", "this tab shows no event to correct");
  return state;
}

/** Stores the corrections and shows them on every open tab's badge; answers what it stored. */
async function save(c: Corrections): Promise<Corrections> {
  await browser.storage.local.set({ [CORRECTIONS_KEY]: c });
  await refreshBadges(c);
  return c;
}

/** A correction may change any open tab of the same event; a tab being analysed gets its badge with the answer. */
async function refreshBadges(c: Corrections): Promise<void> {
  const settled = [...(await allTabStates())].filter(([, state]) => state.status !== "analysing");
  await Promise.all(settled.map(([tabId, state]) => showBadge(tabId, visibleTabState(state, c)).catch(() => undefined)));
}
