import { request } from "../protocol/client.ts";
import type { Timings } from "./timing.ts";
import type { TooltipState } from "./tooltip/tooltip.ts";

/**
 * Test builds only (`__TEST__`; production has none of this): what the end-to-end tests
 * read. The page's main world cannot see the isolated world, so the test asks with a
 * document event and gets the answer, as a JSON string, in another one, synchronously.
 */
export interface TestState {
  runs: Timings[];
  tooltip: TooltipState | null;
}

export function installTestHooks(doc: Document, state: () => TestState): void {
  doc.addEventListener("sada:test-open-popup", () => void request({ type: "cs-bg/test-open-popup" }));
  doc.addEventListener("sada:test-state-request", () => {
    doc.dispatchEvent(new CustomEvent("sada:test-state", { detail: JSON.stringify(state()) }));
  });
}
