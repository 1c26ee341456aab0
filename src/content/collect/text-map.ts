/**
 * Article text with a map back to text nodes: the same text `blockText` gives (one
 * line per block, whitespace runs collapsed, lines trimmed), plus segments saying which
 * text node each run of characters was copied from. Whitespace that was collapsed or
 * trimmed belongs to no segment, so a segment's characters are its node's characters,
 * one for one (a single whitespace character is kept in place as " ").
 */
export interface Segment {
  /** [start, end) in the built text, UTF-16 units */
  start: number;
  end: number;
  /** the live text node, or null when the clone's node has no live counterpart */
  node: Text | null;
  /** offset in `node` of the character at `start` */
  offset: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

/** The characters of JavaScript's `\s`, as blockText's `/\s+/` sees them (a lookup, not a regex per character). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * Incremental builder: a walker calls `block()` at block boundaries and `text()` for
 * each text node, so long walks can pause between calls (see walk.ts).
 */
export class TextMapBuilder {
  private readonly lines: string[] = [];
  private readonly segments: Segment[] = [];
  /** characters in finished lines, "\n" separators included */
  private length = 0;
  private line = "";
  private pendingSpace = false;

  /** characters so far, the unfinished line included */
  get size(): number {
    return this.length + (this.lines.length ? 1 : 0) + this.line.length;
  }

  block(): void {
    if (!this.line) return;
    this.length += (this.lines.length ? 1 : 0) + this.line.length;
    this.lines.push(this.line);
    this.line = "";
    this.pendingSpace = false;
  }

  /** `value` is the clone's text; `live` the node it maps to (may be the same node). */
  text(value: string, live: Text | null): void {
    const base = () => this.length + (this.lines.length ? 1 : 0);
    let seg: Segment | null = null;
    let i = 0;
    const n = value.length;
    while (i < n) {
      if (isSpace(value.charCodeAt(i))) {
        let j = i + 1;
        while (j < n && isSpace(value.charCodeAt(j))) j++;
        const inside = seg !== null && j < n && j - i === 1;
        if (inside) {
          // one space between two words of this node: kept in place, the segment goes on
          this.line += " ";
        } else {
          if (seg) seg.end = base() + this.line.length;
          seg = null;
          if (this.line) this.pendingSpace = true;
        }
        i = j;
        continue;
      }
      let j = i + 1;
      while (j < n && !isSpace(value.charCodeAt(j))) j++;
      if (!seg) {
        if (this.pendingSpace) this.line += " ";
        this.pendingSpace = false;
        seg = { start: base() + this.line.length, end: 0, node: live, offset: i };
        this.segments.push(seg);
      }
      this.line += value.slice(i, j);
      i = j;
    }
    if (seg) seg.end = base() + this.line.length;
  }

  finish(): TextMap {
    this.block();
    return { text: this.lines.join("\n"), segments: this.segments };
  }
}
