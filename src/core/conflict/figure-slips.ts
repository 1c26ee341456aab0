import type { StoredCount } from "./report-details.ts";

/**
 * Two figures a thousand (or a million…) times apart, where one is written so that its
 * scale cannot be trusted, are one figure read two ways, not two figures: «72.837 مترا»
 * (a dot between thousands) beside «72837»; «134.230.000 مليون» beside «134.2 مليون»;
 * «(18000) ألف ريال» (the zeros and the word both) beside «18 ألف ريال». «2 مليون» beside
 * «2 مليار», each written plainly, stays a conflict.
 */
const ARABIC_DIGIT = /[\u0660-\u0669]/gu;
/** a digit, a separator, then exactly three digits: a thousands group, or a decimal that looks like one */
const THOUSANDS_GROUP = /\d[.,\u066b\u066c]\d{3}(?!\d)/u;
const DIGITS = /\d+(?:[.,\u066b\u066c]\d+)*/u;

export function scaleSlip(a: StoredCount, b: StoredCount): boolean {
  if (a.min <= 0 || b.min <= 0 || !(unsureScale(a) || unsureScale(b))) return false;
  const ratio = Math.max(a.min, b.min) / Math.min(a.min, b.min);
  const k = Math.round(Math.log10(ratio) / 3);
  // «أكثر من 72837» is stored as 72838: a hair of difference is the same figure
  return k >= 1 && Math.abs(ratio / 1000 ** k - 1) < 5e-4;
}

function unsureScale(c: StoredCount): boolean {
  const text = c.text.replace(ARABIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660));
  if (THOUSANDS_GROUP.test(text)) return true;
  // written with its own zeros and still multiplied by a scale word
  const written = text.match(DIGITS)?.[0];
  return written !== undefined && /^\d+000$/u.test(written) && c.min >= Number(written) * 1000;
}
