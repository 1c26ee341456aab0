import { direction, uiLanguage } from "../../ui/i18n.ts";
import { TOOLTIP_CSS } from "./styles.ts";

/** Sada's one element in the page: a 0×0 host with a closed shadow root holding everything. */
export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** hotspots over the highlighted ranges (keyboard access) */
  spots: HTMLElement;
  tip: HTMLElement;
}

export const TIP_ID = "tip";

/**
 * Closed shadow root: the page cannot read or restyle what is inside (RELIABILITY.md
 * T2). `delegatesFocus` sends focus given to the host to the first hotspot. Styles come
 * through `adoptedStyleSheets`, which a strict CSP does not block (a <style> would be).
 */
export function createOverlay(doc: Document, signal: AbortSignal): Overlay {
  const host = doc.createElement("div");
  const root = host.attachShadow({ mode: "closed", delegatesFocus: true });
  adoptStyles(root, TOOLTIP_CSS);
  const spots = doc.createElement("div");
  const tip = doc.createElement("div");
  tip.className = "tip";
  tip.id = TIP_ID;
  tip.setAttribute("role", "tooltip");
  tip.lang = uiLanguage();
  tip.dir = direction();
  tip.hidden = true;
  root.append(spots, tip);
  doc.documentElement.append(host);
  signal.addEventListener("abort", () => host.remove(), { once: true });
  return { host, root, spots, tip };
}

/**
 * Our styles in the closed root. Firefox 140 ESR, the oldest Sada supports (153 does not),
 * refuses `adoptedStyleSheets` set through the content script's Xray view ("Accessing from
 * Xray wrapper is not supported"). There a <style> made by the content script goes inside
 * the root instead: Firefox applies the extension's CSP to it, not the page's, and nothing
 * of the page's world (its prototypes, its view of the root) is touched on the way.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  try {
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement("style");
    style.textContent = css;
    root.prepend(style);
  }
}
