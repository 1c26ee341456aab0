/**
 * 64-bit SimHash (Charikar 2002) of a report's shingles, as 16 hex digits. Near-identical
 * texts get hashes a few bits apart, whatever the spacing, punctuation, a changed headline
 * or a trimmed footer: the same article read from its page, or a wire story reprinted.
 */
export function simhash(shingles: Uint32Array): string {
  // a bit wins its vote when more than half the shingles set it; counting ones needs no branch
  const ones = new Int32Array(64);
  for (const s of shingles) {
    const lo = mix(s, 0x9e3779b1);
    const hi = mix(s, 0x85ebca77);
    for (let b = 0; b < 32; b++) {
      ones[b]! += (lo >>> b) & 1;
      ones[b + 32]! += (hi >>> b) & 1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > shingles.length) lo |= 1 << b;
    if (2 * ones[b + 32]! > shingles.length) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** Number of differing bits between two hashes made by `simhash`. */
export function hammingDistance(a: string, b: string): number {
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}

/** murmur3's finalizer: spreads one 32-bit hash into another, independent-looking one. */
function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
