import browser from "webextension-polyfill";
import { isSilenced, SETTINGS_KEY } from "../protocol/settings.ts";
import { CORRECTIONS_KEY } from "../protocol/corrections.ts";
import { analysePage } from "./analyse-page.ts";
import { startLifecycle } from "./lifecycle.ts";
import { readSettings } from "./settings.ts";
import { installTestHooks } from "./test-hooks.ts";
import { TaskClock, type Timings } from "./timing.ts";
import type { TooltipState } from "./tooltip/tooltip.ts";

/**
 * Content script: a guest on someone else's page. Top frame only. A cheap synchronous
 * gate first (is the page Arabic?), then, in short tasks, the article's text read from a
 * clone, one message to the background, and the answer shown as highlights and a tooltip
 * that never change the page's own nodes (ARCHITECTURE.md §4).
 */
const LOADED = Symbol.for("sada.content");
type Instance = { alive: () => boolean; stop: () => void };
const scope = globalThis as typeof globalThis & { [LOADED]?: Instance };
// After an extension reload an injected copy may share the old copy's world: an old,
// invalidated instance gives way; a live one stays the only one.
const alive = () => Boolean(browser.runtime?.id);
const previous = scope[LOADED];

if ((!previous || !previous.alive()) && window.top === window) {
  previous?.stop();
  const runs: Timings[] = [];
  let tooltip: (() => TooltipState) | undefined;
  if (__TEST__) installTestHooks(document, () => ({ runs, tooltip: tooltip?.() ?? null }));
  const life = startLifecycle(document, {
    alive,
    run: async (signal) => {
      tooltip = undefined;
      const clock = new TaskClock(location.href);
      if (__TEST__) runs.push(clock.timings);
      const settings = await readSettings();
      if (signal.aborted) return;
      // a silent site: no analysis, no message, nothing on the page
      if (isSilenced(location.hostname, settings)) return void (clock.timings.outcome = "silent");
      try {
        const result = await analysePage(document, clock, signal, { highlight: settings.highlights, confirmed: settings.confirmed });
        if (!signal.aborted) tooltip = result.tooltip;
      } catch (error) {
        // the page stays as it was; a test build reports what broke instead of waiting forever
        clock.end();
        clock.timings.outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
  });
  // the reader changed a setting (options page) or corrected a result (popup): apply it at once
  const onSettings = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && (SETTINGS_KEY in changes || CORRECTIONS_KEY in changes)) life.restart();
  };
  browser.storage.onChanged.addListener(onSettings);
  const stop = () => {
    browser.storage.onChanged.removeListener(onSettings);
    life.stop();
  };
  scope[LOADED] = { alive, stop };
}
