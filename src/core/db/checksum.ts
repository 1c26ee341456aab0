/**
 * Checksum of the database body, as 14 hex digits: two 32-bit multiply-rotate lanes, one
 * over the even words and one over the odd (independent chains run side by side), four
 * bytes at a time in the platform's order (little-endian wherever Sada runs), so 50 MB
 * take milliseconds. It finds damage and truncation; it is no signature.
 */
export function checksumOf(bytes: Uint8Array): string {
  const whole = bytes.length >>> 2;
  // a word view needs 4-byte alignment (the header line is padded for it); copy otherwise
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, whole);
  let a = 0x9e3779b9 ^ bytes.length;
  let b = 0x7f4a7c15;
  let i = 0;
  for (; i + 1 < whole; i += 2) {
    a = Math.imul(a ^ words[i]!, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ words[i + 1]!, 0x1b873593);
    b = (b << 13) | (b >>> 19);
  }
  const tail = [...(i < whole ? [words[i]!] : []), ...bytes.subarray(whole << 2)];
  for (const w of tail) a = Math.imul(a ^ w, 0xcc9e2d51) ^ b;
  a = Math.imul(a ^ (b >>> 11), 0x2c1b3c6d);
  b = Math.imul(b ^ (a >>> 13), 0x297a2d39);
  return (b >>> 0).toString(16).padStart(8, "0").slice(2) + (a >>> 0).toString(16).padStart(8, "0");
}
