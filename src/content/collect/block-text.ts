/**
 * Text of an element with one line per block (paragraph, heading, list item…), so that
 * sentence and paragraph boundaries survive: `textContent` would run paragraphs together.
 */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL", "BR",
]);

export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) line += c.nodeValue ?? "";
      else if (c.nodeType === 1) {
        const block = BLOCKS.has((c as Element).tagName.toUpperCase());
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join("\n");
}
