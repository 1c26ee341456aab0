/**
 * A cheap sample of the page's visible text for the language gate: text nodes in
 * document order, skipping code and hidden containers, up to `limit` characters.
 * Read-only and layout-free (no innerText), so it costs well under 2 ms.
 */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CODE", "PRE", "TEXTAREA"]);

export function textSample(doc: Document, limit = 20_000): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return "";
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName.toUpperCase()) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let out = doc.title ? `${doc.title}\n` : "";
  for (let n = walker.nextNode(); n && out.length < limit; n = walker.nextNode()) out += `${n.nodeValue ?? ""} `;
  return out.slice(0, limit);
}
