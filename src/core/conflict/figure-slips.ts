import type { StoredCount } from "./report-details.ts";

/**
 * One figure read two ways, not two figures: «72.837 مترا» (a dot between thousands, read
 * as a decimal) beside «72837»; «(18000) ألف ريال» (the zeros and the word both) beside «18
 * ألف ريال»; «665,932,983 مليون ريال» beside «665.932.983 ريالا». Each unsure figure has one other reading, and only that reading is compared:
 * a figure with a scale word and a separator («1.500 مليار») has none, and «2 مليون» is not
 * «2 مليار».
 */
const ARABIC_DIGIT = /[\u0660-\u0669]/gu;
const DIGITS = /\d+(?:[.,\u066b\u066c]\d+)*/u;
/** a separator followed by exactly three digits: a thousands group, or a decimal that looks like one */
const GROUP = /[.,\u066b\u066c]\d{3}(?!\d)/gu;
/** «أكثر من 72837» is stored as 72838: a hair of difference is the same figure */
const SAME = 5e-4;

export function scaleSlip(a: StoredCount, b: StoredCount): boolean {
  const near = (x: number, y: number) => y > 0 && Math.abs(x - y) / y < SAME;
  return otherReadings(a).some((x) => near(x, b.min)) || otherReadings(b).some((x) => near(x, a.min));
}

/** What an unsure figure would be if its writer meant the other reading. */
function otherReadings(c: StoredCount): number[] {
  const written = c.text.replace(ARABIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660)).match(DIGITS)?.[0];
  if (!written || c.min <= 0) return [];
  const out: number[] = [];
  const groups = written.match(GROUP)?.length ?? 0;
  const grouped = Number(written.replace(/[.,\u066b\u066c]/gu, ""));
  if (groups) {
    // without a scale word the figure is its digits read one of two ways: grouped, or (one separator) a decimal
    const decimal = groups === 1 ? Number(written.replace(/[,\u066b\u066c]/u, ".")) : NaN;
    if (c.min === grouped && !Number.isNaN(decimal)) out.push(decimal);
    else if (Math.abs(c.min - decimal) < 1e-9) out.push(grouped);
  }
  // written with its own zeros, or in full groups («665,932,983 مليون ريال»), and still multiplied by a scale word: the digits were the figure
  const plain = Number(written);
  if (/^\d+000$/u.test(written) && c.min >= plain * 1000) out.push(plain);
  if (groups >= 2 && c.min >= grouped * 1000) out.push(grouped);
  return out;
}
