/**
 * Highlights through the CSS Custom Highlight API (Chrome 105+, Firefox 140+): the page's
 * text nodes are never rewritten, no observer of the page fires, and 1,000 ranges cost
 * about a millisecond (RELIABILITY.md §4). Styles: src/content/highlight.css, declared in
 * the manifest because Firefox applies the page's CSP to injected <style>.
 */
export const HIGHLIGHT_NAME = "sada-conflict";

export function registerHighlights(ranges: readonly Range[], signal: AbortSignal): boolean {
  const registry = typeof CSS !== "undefined" ? CSS.highlights : undefined;
  if (!registry || typeof Highlight !== "function" || signal.aborted) return false;
  const highlight = new Highlight(...ranges);
  registry.set(HIGHLIGHT_NAME, highlight);
  signal.addEventListener(
    "abort",
    () => {
      // only our own entry: a newer article may already have replaced it
      if (registry.get(HIGHLIGHT_NAME) === highlight) registry.delete(HIGHLIGHT_NAME);
    },
    { once: true },
  );
  return true;
}
