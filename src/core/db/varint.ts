/**
 * Unsigned LEB128 varints, the database's number encoding: small numbers (gaps, counts,
 * indexes) take one or two bytes, and the reader checks every read against the end of
 * its section, so a truncated or damaged section is an error, never a wrong number.
 */
export class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  uint(n: number): void {
    let v = n;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }

  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** Bytes as they are (a text column's block). */
  append(block: Uint8Array): void {
    this.reserve(block.length);
    this.bytes.set(block, this.length);
    this.length += block.length;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** Throws a plain Error naming what is wrong; callers add where. */
export class VarintReader {
  at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    const { bytes, at } = this;
    // most numbers take one to three bytes (counts, lengths, idf): no loop for them
    if (at + 2 < bytes.length) {
      const b0 = bytes[at]!;
      if (b0 < 0x80) {
        this.at = at + 1;
        return b0;
      }
      const b1 = bytes[at + 1]!;
      if (b1 < 0x80) {
        this.at = at + 2;
        return (b0 & 0x7f) | (b1 << 7);
      }
      const b2 = bytes[at + 2]!;
      if (b2 < 0x80) {
        this.at = at + 3;
        return (b0 & 0x7f) | ((b1 & 0x7f) << 7) | (b2 << 14);
      }
    }
    return this.long();
  }

  private long(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error("truncated");
      const b = this.bytes[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 128;
      if (scale > 2 ** 35) throw new Error("malformed number");
    }
  }

  byte(): number {
    if (this.at >= this.bytes.length) throw new Error("truncated");
    return this.bytes[this.at++]!;
  }

  /** The next n bytes as they are (a view, not a copy). */
  take(n: number): Uint8Array {
    if (n > this.bytes.length - this.at) throw new Error("truncated");
    return this.bytes.subarray(this.at, (this.at += n));
  }

  /** Called once the section should be fully read. */
  end(): void {
    if (this.at !== this.bytes.length) throw new Error("trailing data");
  }
}
