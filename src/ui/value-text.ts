import { formatNumber, t, type MessageKey } from "./i18n.ts";

/**
 * A detail's value as the reader reads it. Counts come from the core in a comparable form
 * («≥5», «24–36»); in a right-to-left line «≥5» would show mirrored and read backwards,
 * so bounds and ranges are said in words and numbers in the reader's digits; a headline's
 * claim («claim:fell») is said in words.
 */
export function valueText(value: string): string {
  // a headline's claim: «claim:rose» → «ارتفع» (what happened, in the reader's words)
  if (value.startsWith("claim:")) return t(`claim_${value.slice(6)}` as MessageKey);
  const atLeast = /^≥(\d+(?:\.\d+)?)$/u.exec(value);
  if (atLeast) return t("valueAtLeast", formatNumber(Number(atLeast[1])));
  const range = /^(\d+(?:\.\d+)?)–(\d+(?:\.\d+)?)$/u.exec(value);
  if (range) return t("valueRange", [formatNumber(Number(range[1])), formatNumber(Number(range[2]))]);
  if (/^\d+(?:\.\d+)?$/u.test(value)) return formatNumber(Number(value));
  return value;
}
