import { compareRanges, utf8 } from "./utf8.ts";
import type { TextColumn } from "./text-column.ts";

/**
 * The rows of a text column by value (the first row holding it; "" is no key): an
 * open-addressing table of row numbers keyed by a hash of the bytes, built without
 * decoding a value (a Map of 30,000 decoded URLs cost a tenth of a load). A hit is
 * confirmed against the value as read, so it answers exactly as a Map would.
 */
export class KeyIndex {
  private readonly rows: Int32Array;
  private readonly hashes: Uint32Array;
  private readonly mask: number;

  constructor(
    private readonly column: TextColumn,
    private readonly valueAt: (row: number) => string | undefined,
  ) {
    let size = 16;
    while (size < column.length * 2) size *= 2;
    this.mask = size - 1;
    this.rows = new Int32Array(size).fill(-1);
    this.hashes = new Uint32Array(size);
    const { bytes, starts } = column;
    for (let row = 0; row < column.length; row++) {
      const start = starts[row]!;
      const end = starts[row + 1]!;
      if (start === end) continue;
      const h = hash(bytes, start, end);
      let slot = this.find(h, bytes, start, end);
      if (this.rows[slot]! < 0) {
        this.rows[slot] = row;
        this.hashes[slot] = h;
      }
    }
  }

  get(key: string): number | undefined {
    const k = utf8(key);
    if (k.length === 0) return undefined;
    const row = this.rows[this.find(hash(k, 0, k.length), k, 0, k.length)]!;
    return row >= 0 && this.valueAt(row) === key ? row : undefined;
  }

  /** The slot holding these bytes, or the free slot where they belong. */
  private find(h: number, key: Uint8Array, start: number, end: number): number {
    const { bytes, starts } = this.column;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.rows[slot]!;
      if (row < 0) return slot;
      if (this.hashes[slot] === h && compareRanges(bytes, starts[row]!, starts[row + 1]!, start, end, key) === 0) return slot;
    }
  }
}

/** FNV-1a, 32 bits */
function hash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}
