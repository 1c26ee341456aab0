import { premap } from "./steps/01-premap.ts";
import { nfkc } from "./steps/02-nfkc.ts";
import { invisibles } from "./steps/03-invisibles.ts";
import { diacritics } from "./steps/04-diacritics.ts";
import { letters, nameLetters } from "./steps/05-letters.ts";
import { digits } from "./steps/06-digits.ts";
import { separators } from "./steps/07-separators.ts";

/**
 * Layered normalization (ARABIC.md §1). The source text is never altered: `normalize`
 * returns a key plus, for every key code unit, the source range it came from, so a span
 * found on the key maps back exactly to the original characters.
 *   match   — keys for matching and extraction (all folds)
 *   name    — match plus hamza-seat folds, for comparing names
 *   display — only invisible controls removed, for text shown in our UI
 */
export type Preset = "match" | "name" | "display";

export interface Normalized {
  readonly source: string;
  readonly key: string;
  /** key[i] came from source.slice(starts[i], ends[i]). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

type Step = (s: string, cp: number) => string;
const PRESETS: Record<Preset, { steps: Step[]; contextual: boolean }> = {
  match: { steps: [(s, cp) => premap(cp, s), nfkc, invisibles, diacritics, letters, digits], contextual: true },
  name: { steps: [(s, cp) => premap(cp, s), nfkc, invisibles, diacritics, letters, nameLetters, digits], contextual: true },
  display: { steps: [invisibles], contextual: false },
};

// Per-preset memo of the mapping of each BMP code unit; astral code points are rare and memoized in a Map.
const bmpCache: Record<Preset, (string | undefined)[]> = { match: [], name: [], display: [] };
const astralCache: Record<Preset, Map<number, string>> = { match: new Map(), name: new Map(), display: new Map() };

function mapCodePoint(cp: number, preset: Preset): string {
  const cache = cp < 0x10000 ? bmpCache[preset] : undefined;
  const hit = cache ? cache[cp] : astralCache[preset].get(cp);
  if (hit !== undefined) return hit;
  let s = String.fromCodePoint(cp);
  for (const step of PRESETS[preset].steps) s = step(s, cp);
  if (cache) cache[cp] = s;
  else astralCache[preset].set(cp, s);
  return s;
}

export function normalize(source: string, preset: Preset = "match"): Normalized {
  const n = source.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let w = 0;
  const cache = bmpCache[preset];
  for (let i = 0; i < n; ) {
    const c = source.charCodeAt(i);
    let cp = c;
    let len = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = source.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        len = 2;
      }
    }
    const out = (len === 1 ? cache[c] : undefined) ?? mapCodePoint(cp, preset);
    if (w + out.length > cap) {
      cap = Math.max(cap * 2, w + out.length);
      codes = grow(codes, cap);
      starts = grow(starts, cap);
      ends = grow(ends, cap);
    }
    for (let k = 0; k < out.length; k++) {
      codes[w] = out.charCodeAt(k);
      starts[w] = i;
      ends[w] = i + len;
      w++;
    }
    i += len;
  }
  if (PRESETS[preset].contextual) w = separators(codes, starts, ends, w);
  return { source, key: fromCodes(codes, w), starts: starts.subarray(0, w), ends: ends.subarray(0, w) };
}

/** The match key alone, for lexicon entries and short strings. */
export function keyOf(s: string, preset: Preset = "match"): string {
  return normalize(s, preset).key;
}

/** Lexicon words as a set of their match keys. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => keyOf(w)));
}

/** Labelled word lists as the label of each word's match key: { clashes: ["اشتباكات", …] } → «اشتباكات» → clashes. */
export function keyedLabels<L extends string>(table: Readonly<Record<L, readonly string[]>>): Map<string, L> {
  return new Map((Object.entries(table) as [L, readonly string[]][]).flatMap(([label, words]) => words.map((w) => [keyOf(w), label] as const)));
}

/**
 * Source range of the key range [keyStart, keyEnd). An empty key range maps to an empty
 * source range. The end takes in the combining marks and tatweel that the key dropped after
 * the last letter («فرداً» keeps its tanween), never characters of the next key unit.
 */
export function toSourceSpan(n: Normalized, keyStart: number, keyEnd: number): { start: number; end: number } {
  if (keyEnd <= keyStart) {
    const at = keyStart < n.starts.length ? n.starts[keyStart]! : n.source.length;
    return { start: at, end: at };
  }
  let end = n.ends[keyEnd - 1]!;
  const limit = keyEnd < n.starts.length ? n.starts[keyEnd]! : n.source.length;
  while (end < limit && TRAILING_MARK.test(n.source[end]!)) end++;
  return { start: n.starts[keyStart]!, end };
}

const TRAILING_MARK = /[\p{M}\u0640]/u;

function grow<T extends Uint16Array | Uint32Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

function fromCodes(codes: Uint16Array, length: number): string {
  let s = "";
  for (let i = 0; i < length; i += 8192) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + 8192, length)) as unknown as number[]);
  }
  return s;
}
