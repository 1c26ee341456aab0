import { TextMapBuilder, type TextMap } from "./text-map.ts";

/** Elements that end a line of article text (paragraph, heading, list item…). */
export const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2",
  "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TD", "TH", "TR", "UL", "BR",
]);

/** Never article text, in the live page (Readability's output has none of them). */
export const NOT_TEXT = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "TEXTAREA", "SELECT", "IFRAME", "OBJECT", "CANVAS"]);

export interface WalkOptions {
  /** live counterpart of a text node (identity when walking the live page) */
  resolve?: (node: Text) => Text | null;
  /** elements whose subtree holds no article text */
  skip?: (el: Element) => boolean;
  /** stop once the text is longer than this many characters */
  limit?: number;
}

const upper = (el: Element) => el.tagName.toUpperCase();

/**
 * A depth-first walk that can stop and resume: no recursion (deep pages), no stack of
 * its own (it follows parentNode back up, so it survives pauses unless the page
 * detaches the node it stands on, which only ends the walk early).
 */
export class TextWalker {
  readonly builder = new TextMapBuilder();
  private node: Node | null;
  done = false;

  constructor(
    private readonly root: Node,
    private readonly options: WalkOptions = {},
  ) {
    this.node = root.firstChild;
    if (!this.node) this.done = true;
  }

  /** Walks until done or until `deadline` (performance.now()); checks the clock every 256 nodes. */
  run(deadline = Infinity): boolean {
    const { resolve, skip, limit = Infinity } = this.options;
    const b = this.builder;
    let count = 0;
    while (this.node && !this.done) {
      const node: Node = this.node;
      if (node.nodeType === 3) {
        const text = node as Text;
        b.text(text.data, resolve ? resolve(text) : text);
        if (b.size > limit) this.done = true;
        this.advance();
      } else if (node.nodeType === 1 && !skip?.(node as Element)) {
        const block = BLOCKS.has(upper(node as Element));
        if (block) b.block();
        if (node.firstChild) this.node = node.firstChild;
        else {
          if (block) b.block();
          this.advance();
        }
      } else this.advance();
      if ((++count & 255) === 0 && performance.now() >= deadline) break;
    }
    if (!this.node) this.done = true;
    return this.done;
  }

  private advance(): void {
    let n: Node | null = this.node;
    while (n && n !== this.root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== this.root && n.nodeType === 1 && BLOCKS.has(upper(n as Element))) this.builder.block();
    }
    this.node = !n || n === this.root ? null : n.nextSibling;
  }

  finish(): TextMap {
    return this.builder.finish();
  }
}

/** The whole walk at once (small trees: Readability's article). */
export function walkText(root: Node, options: WalkOptions = {}): TextMap {
  const w = new TextWalker(root, options);
  w.run();
  return w.finish();
}
