import type { Token } from "../text/tokenize.ts";
import { SHINGLE_SIZE } from "./shingles.ts";
import { byKnownOutlet } from "./templates.ts";

/**
 * Page furniture: the phrases an outlet prints around its reports — menus, "most read"
 * boxes, share bars, the subscription footer. A page saved whole from an outlet's site
 * (a user's corpus, `sada match` on a saved page, a site Readability reads badly) carries
 * it, and it makes the page resemble the outlet's reports of other events more than
 * other outlets' reports of its own (UnifiedFC article queries: swissinfo's and DW's
 * navigation text). The compiler learns each outlet's furniture as the word shingles
 * that recur in its reports of different events; matching and the page's details leave it
 * out of a page whose outlet is known, where it runs long enough to be furniture rather
 * than a name («خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز» recurs too, and is news).
 */
export interface FurnitureOptions {
  /** distinct events of the outlet a shingle must occur in */
  minEvents: number;
  /** … and in as many events as this share of the outlet's reports (a big outlet repeats its formulas across many) */
  minShare: number;
  /** words a run of furniture shingles must cover before it is cut */
  minRun: number;
}

/** A range of a text, [start, end) in UTF-16 units. */
export interface TextRange {
  start: number;
  end: number;
}

/** A range of a text's words, [start, end) as word indices. */
export interface WordRange {
  start: number;
  end: number;
}

export interface PlacedShingles {
  source: string;
  event: number;
  /** the report's shingle hashes, sorted, each once (shingleHashes) */
  shingles: Uint32Array;
}

/** The furniture shingles of each outlet, sorted; outlets without any, and the "unknown" outlet (many sites), are absent. */
export function learnFurniture(reports: readonly PlacedShingles[], o: FurnitureOptions): Map<string, Uint32Array> {
  const furniture = new Map<string, Uint32Array>();
  for (const [source, list] of [...byKnownOutlet(reports)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const needed = Math.max(o.minEvents, Math.ceil(o.minShare * list.length));
    const found = recurring(list, needed);
    if (found.length) furniture.set(source, found);
  }
  return furniture;
}

/**
 * Hashes found in reports of `needed` distinct events or more. Each (hash, event) pair is
 * one number, hash × 2²¹ + the event's local number (exact below 2⁵³), so one typed sort
 * replaces a map of millions of entries.
 */
function recurring(list: readonly PlacedShingles[], needed: number): Uint32Array {
  const local = new Map<number, number>();
  for (const r of list) if (!local.has(r.event)) local.set(r.event, local.size);
  // an outlet with more events than fit beside a hash has no furniture learnt: a miss, never a wrong cut
  if (local.size < needed || local.size > EVENT_SLOTS) return new Uint32Array(0);
  const pairs = new Float64Array(list.reduce((n, r) => n + r.shingles.length, 0));
  let at = 0;
  for (const r of list) {
    const e = local.get(r.event)!;
    for (let i = 0; i < r.shingles.length; i++) pairs[at++] = r.shingles[i]! * EVENT_SLOTS + e;
  }
  pairs.sort();
  const out: number[] = [];
  for (let i = 0; i < pairs.length; ) {
    const hash = Math.floor(pairs[i]! / EVENT_SLOTS);
    let events = 0;
    let j = i;
    for (; j < pairs.length && Math.floor(pairs[j]! / EVENT_SLOTS) === hash; j++) if (j === i || pairs[j] !== pairs[j - 1]) events++;
    if (events >= needed) out.push(hash);
    i = j;
  }
  return Uint32Array.from(out);
}

/**
 * Where a page's furniture is: runs of `minRun` words or more covered by its outlet's
 * furniture shingles, as character ranges of the text the words are of (`sequence` is
 * their shingleSequence, which the page's SimHash reads too).
 */
export function furnitureSpans(words: readonly Token[], sequence: Uint32Array, furniture: Uint32Array | undefined, minRun: number): TextRange[] {
  return furnitureRuns(sequence, furniture, minRun).map((r) => ({ start: words[r.start]!.start, end: words[r.end - 1]!.end }));
}

/**
 * The same as word ranges [start, end) of a text whose shingle sequence this is (a shingle
 * per word but the last four): the compiler keeps a report's sequence, not its words.
 */
export function furnitureRuns(sequence: Uint32Array, furniture: Uint32Array | undefined, minRun: number): WordRange[] {
  if (!furniture?.length || !sequence.length) return [];
  const words = sequence.length + SHINGLE_SIZE - 1;
  const covered = new Uint8Array(words);
  for (let i = 0; i < sequence.length; i++) if (hasSorted(furniture, sequence[i]!)) covered.fill(1, i, i + SHINGLE_SIZE);
  const runs: WordRange[] = [];
  for (let i = 0; i < words; ) {
    let j = i;
    while (j < words && covered[j]) j++;
    if (j - i >= minRun) runs.push({ start: i, end: j });
    i = Math.max(j, i + 1);
  }
  return runs;
}

/** The tokens outside these spans (figures inside a run of furniture go with it). */
export function outside(tokens: readonly Token[], spans: readonly TextRange[]): readonly Token[] {
  return spans.length ? tokens.filter((t) => !spans.some((s) => t.start >= s.start && t.end <= s.end)) : tokens;
}

/**
 * The text with these spans blanked, its length kept (offsets into it are offsets into the
 * page, for highlights): each span becomes a line break and spaces, so the sentences around
 * it stay apart.
 */
export function blanked(text: string, spans: readonly TextRange[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + "\n" + " ".repeat(s.end - s.start - 1);
    at = s.end;
  }
  return out + text.slice(at);
}

function hasSorted(a: Uint32Array, x: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! === x) return true;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const EVENT_SLOTS = 2 ** 21;
