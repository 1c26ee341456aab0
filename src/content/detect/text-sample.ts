/**
 * A cheap sample of the page's visible text for the language gate: text nodes in
 * document order, skipping code and hidden containers, up to `limit` characters.
 * Read-only and layout-free (no innerText); no filter callback, so the walk stays in
 * native code between nodes. Well under 2 ms.
 */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CODE", "PRE", "TEXTAREA"]);

export function textSample(doc: Document, limit = 20_000): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return "";
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = doc.title ? [doc.title] : [];
  let size = parts[0]?.length ?? 0;
  for (let n = walker.nextNode(); n && size < limit; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP.has(parent.tagName.toUpperCase())) continue;
    const v = n.nodeValue ?? "";
    parts.push(v);
    size += v.length + 1;
  }
  return parts.join(" ").slice(0, limit);
}
