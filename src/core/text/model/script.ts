/**
 * Unicode ranges of the Arabic script, for language detection. Letters only:
 * digits, punctuation and marks are not counted as evidence.
 */
export const ARABIC_SCRIPT_RANGES: readonly (readonly [number, number])[] = [
  [0x0620, 0x064a],
  [0x066e, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  [0x06ff, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefc],
];
