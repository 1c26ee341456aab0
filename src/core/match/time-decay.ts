/**
 * Time decay of similarity: Gaussian in the gap between two publication times
 * (σ ≈ 3 days, Miranda et al. 2018). When either time is unknown, a fixed factor stands
 * in: it asks for more textual evidence instead of pretending the reports are simultaneous.
 */
export interface TimeDecayOptions {
  sigmaDays: number;
  /** factor used when a publication time is missing */
  unknownTimeFactor: number;
}

const DAY_MS = 86_400_000;

export function timeDecay(a: number, b: number, o: TimeDecayOptions): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return o.unknownTimeFactor;
  const days = (a - b) / DAY_MS;
  return Math.exp(-(days * days) / (2 * o.sigmaDays * o.sigmaDays));
}
