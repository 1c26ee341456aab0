/**
 * Highlights through the CSS Custom Highlight API (Chrome 105+, Firefox 140+): the page's
 * text nodes are never rewritten, no observer of the page fires, and 1,000 ranges cost
 * about a millisecond (RELIABILITY.md §4). Styles: src/content/highlight.css, declared in
 * the manifest because Firefox applies the page's CSP to injected <style>.
 */
export const HIGHLIGHT_NAMES = { conflict: "sada-conflict", confirmed: "sada-confirmed" } as const;

/** Does this browser have the CSS Custom Highlight API? */
export function highlightsSupported(): boolean {
  return typeof CSS !== "undefined" && CSS.highlights !== undefined && typeof Highlight === "function";
}

/** Registers one highlight per kind; `signal` removes them (only ours: a newer article may have replaced them). */
export function registerHighlights(ranges: { [K in keyof typeof HIGHLIGHT_NAMES]: readonly Range[] }, signal: AbortSignal): void {
  if (!highlightsSupported() || signal.aborted) return;
  const registry = CSS.highlights;
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as (keyof typeof HIGHLIGHT_NAMES)[]) {
    if (ranges[kind].length === 0) continue;
    const name = HIGHLIGHT_NAMES[kind];
    const highlight = new Highlight(...ranges[kind]);
    registry.set(name, highlight);
    signal.addEventListener("abort", () => registry.get(name) === highlight && registry.delete(name), { once: true });
  }
}
