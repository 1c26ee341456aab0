/**
 * The shadow root's only styles, adopted as a constructed sheet: no <style> element, so
 * a page's strict `style-src` cannot block them. `:host` rules are !important because
 * the page's own CSS reaches the host element and must not move or size it.
 */
export const TOOLTIP_CSS = `
:host {
  all: initial !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  display: block !important;
}
.spot {
  position: absolute;
  pointer-events: none;
  background: transparent;
  border-radius: 2px;
  outline: none;
}
.spot:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.tip {
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  max-width: min(26rem, calc(100vw - 16px));
  max-height: min(24rem, calc(100vh - 16px));
  overflow: auto;
  padding: 10px 12px;
  border: 1px solid #c7c7cc;
  border-radius: 8px;
  background: #fff;
  color: #1d1d1f;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.6 "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", system-ui, sans-serif;
  text-align: start;
  pointer-events: auto;
}
.tip[hidden] { display: none; }
.head { margin: 0 0 6px; font-weight: bold; color: #b3261e; }
.head.confirmed { color: #1e8e3e; }
.meta { margin: 2px 0 0; color: #5f6368; }
ul { margin: 0; padding: 0; list-style: none; }
.value { margin: 6px 0 0; }
.value > strong { unicode-bidi: isolate; }
.value.self > strong { background: rgba(255, 193, 7, 0.35); }
.outlets { margin: 2px 0 0; }
.outlet { font-weight: 600; unicode-bidi: isolate; }
.outlet + .outlet::before, .more::before { content: "، "; font-weight: normal; }
.tip:lang(en) .outlet + .outlet::before, .tip:lang(en) .more::before { content: ", "; }
.more { color: #5f6368; }
q { unicode-bidi: isolate; color: #3c3c43; }
`;
