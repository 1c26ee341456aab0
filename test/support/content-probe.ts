// What the end-to-end tests read from a page: the highlight registry (shared by the
// page's main world and the content script's isolated world) and the test build's
// content-script state, asked for with a document event (src/content/test-hooks.ts).
import { cpus, loadavg } from "node:os";
import type { TestPage } from "./browsers";
import type { Timings } from "../../src/content/timing.ts";
import type { TooltipState } from "../../src/content/tooltip/tooltip.ts";

/** The content script's own timing record (test builds send it with a document event). */
export type ProbeTimings = Timings;

export interface ProbeState {
  runs: ProbeTimings[];
  tooltip: TooltipState | null;
}

/** The content script's state; null when no content script answered. */
export function contentState(page: TestPage): Promise<ProbeState | null> {
  return page.evaluate(() => {
    let answer: string | null = null;
    const listener = (e: Event) => {
      answer = String((e as CustomEvent).detail);
    };
    document.addEventListener("sada:test-state", listener);
    document.dispatchEvent(new CustomEvent("sada:test-state-request"));
    document.removeEventListener("sada:test-state", listener);
    return answer === null ? null : (JSON.parse(answer) as ProbeState);
  }, undefined);
}

/** Text of each range in CSS.highlights["sada-conflict"] (or "sada-confirmed"), read from the page's main world; null if none. */
export function highlightedTexts(page: TestPage, name: "sada-conflict" | "sada-confirmed" = "sada-conflict"): Promise<string[] | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? Array.from(h as unknown as Iterable<Range>, (r) => r.toString()) : null;
  }, name);
}

/** Layout figures that must not change when Sada shows something. */
export function layoutOf(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const html = document.documentElement.getBoundingClientRect();
    const p = document.querySelector("article p")!.getBoundingClientRect();
    return {
      htmlTop: html.top + scrollY,
      htmlLeft: html.left + scrollX,
      htmlWidth: html.width,
      htmlHeight: html.height,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      pTop: p.top + scrollY,
      pLeft: p.left + scrollX,
      pWidth: p.width,
      pHeight: p.height,
    };
  }, undefined);
}

export const fmt = (ms: number) => ms.toFixed(2);

/**
 * The budget to assert: RELIABILITY.md §4's figure on a quiet machine; on a busy one
 * (load average above the core count: other builds and browsers share the two cores)
 * three times that, still low enough to catch a real regression (a forced layout of a
 * 10 MB page costs 600 ms), with a note in the log.
 */
export function budget(ms: number, label: string): number {
  const load = loadavg()[0] ?? 0;
  if (load <= cpus().length) return ms;
  console.log(`  (machine busy, load ${load.toFixed(1)} on ${cpus().length} cores: ${label} allowed ${3 * ms} ms instead of ${ms} ms)`);
  return 3 * ms;
}
