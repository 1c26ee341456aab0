/**
 * Checksum of the database body, as 14 hex digits: two 32-bit multiply-rotate lanes over
 * the bytes four at a time (words in the platform's order: little-endian wherever Sada
 * runs), so 20 MB take milliseconds. It finds
 * damage and truncation; it is no signature.
 */
export function checksumOf(bytes: Uint8Array): string {
  const whole = bytes.length >>> 2;
  // a word view needs 4-byte alignment (the header line is padded for it); copy otherwise
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, whole);
  let a = 0x9e3779b9 ^ bytes.length;
  let b = 0x7f4a7c15;
  for (let i = 0; i < whole; i++) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b + w, 0x1b873593);
    b ^= b >>> 15;
  }
  for (let i = whole << 2; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0xcc9e2d51);
    b = Math.imul(b + bytes[i]!, 0x1b873593);
  }
  a = Math.imul(a ^ (b >>> 11), 0x2c1b3c6d);
  b = Math.imul(b ^ (a >>> 13), 0x297a2d39);
  return (b >>> 0).toString(16).padStart(8, "0").slice(2) + (a >>> 0).toString(16).padStart(8, "0");
}
