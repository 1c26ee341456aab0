import { hammingDistance } from "./simhash.ts";

/**
 * Reprints of one wire story: a report whose text is near-identical (SimHash) to an
 * earlier one from another outlet copies it, and is no independent confirmation.
 * Returns, for each report id that is a copy, the id of the report it copies.
 */
export const REPRINT_BITS = 10;

export function findReprints(reports: readonly { id: string; source: string; sh: string }[]): Map<string, string> {
  const copies = new Map<string, string>();
  reports.forEach((r, i) => {
    for (let j = 0; j < i; j++) {
      const original = reports[j]!;
      if (original.source !== r.source && !copies.has(original.id) && hammingDistance(original.sh, r.sh) <= REPRINT_BITS) {
        copies.set(r.id, original.id);
        break;
      }
    }
  });
  return copies;
}
