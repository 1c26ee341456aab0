import { compareRanges, fromUtf8, utf8 } from "./utf8.ts";

/**
 * The database's feature names as one UTF-8 block, each name ended by a newline, sorted
 * by bytes. Lookups binary-search the bytes: 300,000 JS strings (and a map of them)
 * built at every load cost more than the rest of the load together.
 */
const NL = 0x0a;

export class Vocabulary {
  readonly length: number;

  private constructor(
    readonly bytes: Uint8Array,
    /** name i is bytes[starts[i], starts[i+1] - 1) */
    private readonly starts: Uint32Array,
  ) {
    this.length = starts.length - 1;
  }

  /** Sorts the names; `order[k]` is the input position of the k-th name. */
  static build(names: readonly string[]): { vocabulary: Vocabulary; order: number[] } {
    const encoded = names.map((n) => {
      if (n.includes("\n")) throw new Error(`feature ${JSON.stringify(n)} holds a newline`);
      return utf8(n);
    });
    const order = names.map((_, i) => i).sort((a, b) => compareRanges(encoded[a]!, 0, encoded[a]!.length, 0, encoded[b]!.length, encoded[b]!));
    const bytes = new Uint8Array(encoded.reduce((s, e) => s + e.length + 1, 0));
    let at = 0;
    for (const i of order) {
      bytes.set(encoded[i]!, at);
      at += encoded[i]!.length;
      bytes[at++] = NL;
    }
    return { vocabulary: Vocabulary.read(bytes, names.length), order };
  }

  /** Throws a plain Error when the block does not hold `count` sorted, distinct names. */
  static read(bytes: Uint8Array, count: number): Vocabulary {
    const starts = new Uint32Array(count + 1);
    let n = 0;
    let at = 0;
    // one pass: each name is compared with the one before over their common prefix, then scanned to its end
    while (at < bytes.length) {
      if (n === count) throw new Error("more names than the header counts");
      if (n > 0) {
        let p = starts[n - 1]!;
        while (bytes[p] === bytes[at] && bytes[at] !== NL) {
          p++;
          at++;
        }
        // this name ended within the previous one (or with it), or a byte is smaller than the previous name's
        if (bytes[at] === NL || (bytes[p] !== NL && bytes[p]! > bytes[at]!)) throw new Error("names are not sorted and distinct");
      }
      while (at < bytes.length && bytes[at] !== NL) at++;
      if (at === bytes.length) break;
      starts[++n] = ++at;
    }
    if (n !== count || starts[count] !== bytes.length) throw new Error("fewer names than the header counts, or an unended name");
    return new Vocabulary(bytes, starts);
  }

  at(i: number): string | undefined {
    return i >= 0 && i < this.length ? fromUtf8(this.bytes.subarray(this.starts[i]!, this.starts[i + 1]! - 1)) : undefined;
  }

  /** Index of a name, or -1. */
  indexOf(name: string): number {
    const key = utf8(name);
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareAt(mid, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private compareAt(i: number, key: Uint8Array): number {
    return compareRanges(this.bytes, this.starts[i]!, this.starts[i + 1]! - 1, 0, key.length, key);
  }
}
