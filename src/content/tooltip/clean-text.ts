/**
 * Text from pages and the database, made safe to show: bidi embedding/override/isolate
 * controls and marks (Trojan Source, RELIABILITY.md T7) and zero-width characters are
 * dropped; the UI isolates each string itself (`dir="auto"`, `unicode-bidi: isolate`).
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u061C\u2060\uFEFF]/g;

export function cleanText(s: string, max = 400): string {
  const t = s.replace(CONTROLS, "").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
