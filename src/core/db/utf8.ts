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

/** Byte order of two UTF-8 strings (= code point order): the vocabulary's sort order. */
export function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array): number {
  const n = Math.min(aEnd - aStart, b.length);
  for (let i = 0; i < n; i++) {
    const d = a[aStart + i]! - b[i]!;
    if (d !== 0) return d;
  }
  return aEnd - aStart - b.length;
}
