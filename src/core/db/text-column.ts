import { fromUtf8, utf8 } from "./utf8.ts";
import type { VarintReader, VarintWriter } from "./varint.ts";

/**
 * A column of strings as the file stores it: each value's UTF-8 byte length (varints),
 * then all the values' bytes in one block. A value is decoded when it is read: a load
 * decodes none of the 30,000 titles and URLs (JSON columns cost a quarter of a load), and
 * lookups hash and compare the bytes (key-index.ts). "" stands for absent.
 */
export class TextColumn {
  private constructor(
    readonly bytes: Uint8Array,
    /** value i is bytes[starts[i], starts[i+1]) */
    readonly starts: Uint32Array,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  static from(values: readonly string[]): TextColumn {
    const encoded = values.map(utf8);
    const starts = new Uint32Array(values.length + 1);
    encoded.forEach((e, i) => (starts[i + 1] = starts[i]! + e.length));
    const bytes = new Uint8Array(starts[values.length]!);
    encoded.forEach((e, i) => bytes.set(e, starts[i]!));
    return new TextColumn(bytes, starts);
  }

  /** Throws a plain Error when the section ends before the column does. */
  static read(read: VarintReader, rows: number): TextColumn {
    const starts = new Uint32Array(rows + 1);
    let total = 0;
    for (let i = 0; i < rows; i++) starts[i + 1] = total += read.uint();
    // `total` is exact where starts may have wrapped: take() refuses it before a wrapped start is used
    return new TextColumn(read.take(total), starts);
  }

  write(out: VarintWriter): void {
    for (let i = 0; i < this.length; i++) out.uint(this.starts[i + 1]! - this.starts[i]!);
    out.append(this.bytes);
  }

  /** Throws a plain Error when the value is not UTF-8. */
  at(i: number): string {
    return fromUtf8(this.bytes.subarray(this.starts[i]!, this.starts[i + 1]!));
  }

  /** Every value: one decoding call when the block is ASCII (dates, ids: byte offsets are then character offsets). */
  all(): string[] {
    const out = new Array<string>(this.length);
    const text = fromUtf8(this.bytes);
    const ascii = text.length === this.bytes.length;
    for (let i = 0; i < out.length; i++) out[i] = ascii ? text.slice(this.starts[i]!, this.starts[i + 1]!) : this.at(i);
    return out;
  }
}
