import browser from "webextension-polyfill";
import { createRouter, RouteError, type Sender } from "../protocol/router.ts";
import { analyzeArticleForTab } from "./handlers/analyze-article.ts";
import { dbInfo, importDb, resetDb } from "./handlers/db-info.ts";
import { syncEverySiteScript } from "./site-access.ts";
import { showBadge } from "./badge.ts";
import { clearTabState, setTabState } from "./tab-state.ts";
import { clearCorrections, correctionCount, correctTab, undoTabCorrections, visibleStateOf } from "./corrections.ts";
import { loadDatabase } from "./db-loader.ts";
import { startup, timedAnswer } from "./startup-timings.ts";

/**
 * Background entry (Chrome service worker / Firefox event page). Listeners are
 * registered at the top level so a restarted worker receives the event that woke it.
 */
const route = createRouter(
  {
    "cs-bg/analyze-article": (m, s) => timedAnswer(() => analyzeArticleForTab(tabOf(s), m.article)),
    "cs-bg/not-article": async (m, s) => {
      const state = { status: m.reason, url: m.url } as const;
      await setTabState(tabOf(s), state);
      await showBadge(tabOf(s), state);
      return null;
    },
    "cs-bg/test-open-popup": async (_m, s) => {
      if (!__TEST__) throw new RouteError("not-allowed", "only test builds open the popup in a tab");
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?tab=${tabOf(s)}`) });
      return null;
    },
    "popup-bg/get-tab-state": (m) => visibleStateOf(m.tabId),
    "popup-bg/analyze-tab": async (m) => {
      // activeTab: the user clicked our button, so this one tab may be read once.
      await browser.scripting.insertCSS({ target: { tabId: m.tabId }, files: ["content.css"] });
      await browser.scripting.executeScript({ target: { tabId: m.tabId }, files: ["content.js"] });
      return null;
    },
    "popup-bg/correct": (m) => correctTab(m.tabId, m.correction),
    "popup-bg/undo-corrections": (m) => undoTabCorrections(m.tabId, m.undo),
    "options-bg/get-db-info": () => dbInfo(),
    "options-bg/import-db": (m) => importDb(m.fileName, m.base64),
    "options-bg/reset-db": () => resetDb(),
    "options-bg/count-corrections": () => correctionCount(),
    "options-bg/clear-corrections": () => clearCorrections(),
  },
  { runtimeId: browser.runtime.id, pageUrl: (path) => browser.runtime.getURL(path) },
);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => route(message, sender as Sender));
browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
browser.permissions.onAdded.addListener(() => void syncEverySiteScript());
browser.permissions.onRemoved.addListener(() => void syncEverySiteScript());
void syncEverySiteScript().catch(() => undefined);
// Warm the database as soon as the worker starts, so the first page is answered sooner.
void loadDatabase().then(
  () => void (startup.dbReadyMs = performance.now()),
  () => undefined,
);
if (__TEST__) (globalThis as { __sadaStartup?: typeof startup }).__sadaStartup = startup;

function tabOf(sender: { tabId?: number }): number {
  if (sender.tabId === undefined) throw new RouteError("forbidden-sender", "no tab");
  return sender.tabId;
}
