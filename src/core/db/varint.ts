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
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
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
    const first = this.bytes[this.at];
    // most numbers take one byte: no loop for them
    if (first !== undefined && first < 0x80) {
      this.at++;
      return first;
    }
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

  /** Called once the section should be fully read. */
  end(): void {
    if (this.at !== this.bytes.length) throw new Error("trailing data");
  }
}
