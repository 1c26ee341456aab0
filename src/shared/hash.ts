/**
 * 53-bit string hash (cyrb53, public domain, bryc). Fast, well mixed, pure JS: used for
 * the database checksum, content fingerprints and deterministic ids. Not cryptographic.
 */
export function hash53(text: string, seed = 0): number {
  return hash53Joined([text], 0, 1, " ", seed);
}

/**
 * hash53 of `parts[from..to)` joined by `separator`, without building the joined string: the
 * compiler hashes every 5-word window of 30,000 reports.
 */
export function hash53Joined(parts: readonly string[], from: number, to: number, separator: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let p = from; p < to; p++) {
    const text = parts[p]!;
    // the separator's characters, then the part's, as if read from the joined string
    const sep = p > from ? separator.length : 0;
    for (let i = 0; i < sep + text.length; i++) {
      const c = i < sep ? separator.charCodeAt(i) : text.charCodeAt(i - sep);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The hash as 14 lowercase hex digits, for ids and checksums in JSON. */
export function hashHex(text: string, seed = 0): string {
  return hash53(text, seed).toString(16).padStart(14, "0");
}
