import { PRE_MAP } from "../model/letters.ts";

/** ﷼ and ﷽ expand to words before NFKC (NFKC would give «ریال» with a Farsi yeh). */
export function premap(cp: number, s: string): string {
  return PRE_MAP[cp] ?? s;
}
