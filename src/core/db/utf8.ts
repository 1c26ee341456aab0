/**
 * UTF-8 for the database's text sections. TextEncoder and TextDecoder exist wherever the
 * core runs (Node, extension workers), but the core's type library is plain ES2022.
 */
declare const TextEncoder: new () => { encode(text: string): Uint8Array };
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

const encoder = new TextEncoder();
/** fatal: bytes that are not UTF-8 are damage, not text to patch with U+FFFD */
const decoder = new TextDecoder("utf-8", { fatal: true });

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes);

/** Byte order (= code point order) of a[aStart, aEnd) and b[bStart, bEnd) (b defaults to a): the vocabulary's sort order. */
export function compareRanges(a: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number, b: Uint8Array = a): number {
  const n = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < n; i++) {
    const d = a[aStart + i]! - b[bStart + i]!;
    if (d !== 0) return d;
  }
  return aEnd - aStart - (bEnd - bStart);
}
