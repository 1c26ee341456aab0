/**
 * Context rules that a per-letter table cannot express (ARABIC.md §1 step 5):
 * «٫» between digits is a decimal point; «٬» or «,» after a digit and before exactly
 * three digits groups thousands and is dropped from the key («1,000» = «1000»).
 * Works in place on the key's code units; returns the new length.
 */
export function separators(codes: Uint16Array, starts: Uint32Array, ends: Uint32Array, length: number): number {
  const isDigit = (j: number) => j >= 0 && j < length && codes[j]! >= 0x30 && codes[j]! <= 0x39;
  let w = 0;
  for (let r = 0; r < length; r++) {
    let c = codes[r]!;
    if (c === 0x066b) c = isDigit(r - 1) && isDigit(r + 1) ? 0x2e : 0x2c;
    else if ((c === 0x066c || c === 0x2c) && isDigit(r - 1) && isDigit(r + 1) && isDigit(r + 2) && isDigit(r + 3) && !isDigit(r + 4)) {
      continue;
    } else if (c === 0x066c) c = 0x2c;
    codes[w] = c;
    starts[w] = starts[r]!;
    ends[w] = ends[r]!;
    w++;
  }
  return w;
}
