import { normalize, toSourceSpan, type Normalized } from "../text/normalize.ts";
import { tokensOf, type Token } from "../text/tokenize.ts";
import { readings, type Reading } from "./clitics.ts";
import type { SourceSpan } from "./types.ts";

/**
 * One report prepared for the extractors: match-key tokens of the main text, what
 * separates each token from the next, and sentence numbers. Spans map back through the
 * normalizer's offset map, so every detail points at the original characters.
 */
export const enum Gap {
  Space = 0,
  /** «-» or «/» inside a phrase: «إف-16», «تشرين الأول/ أكتوبر» */
  Dash = 1,
  /** comma, colon, brackets: ends a name or a noun phrase */
  Clause = 2,
  /** full stop, question mark, line break */
  Sentence = 3,
}

export interface Doc {
  readonly source: string;
  readonly n: Normalized;
  readonly tokens: readonly Token[];
  /** gaps[i]: what lies between tokens[i] and tokens[i + 1] */
  readonly gaps: Uint8Array;
  /** sentence number of each token */
  readonly sentence: Uint32Array;
  /** clitic readings of each token, whole word first (clitics.ts), computed once per report */
  readonly readings: readonly (readonly Reading[])[];
}

const GAP_OF: Record<string, Gap> = {
  "-": Gap.Dash, "/": Gap.Dash, "–": Gap.Dash,
  ",": Gap.Clause, "،": Gap.Clause, ";": Gap.Clause, "؛": Gap.Clause, ":": Gap.Clause, "(": Gap.Clause,
  ")": Gap.Clause, "|": Gap.Clause, "«": Gap.Space, "»": Gap.Space,
  ".": Gap.Sentence, "!": Gap.Sentence, "?": Gap.Sentence, "؟": Gap.Sentence, "\n": Gap.Sentence, "•": Gap.Sentence,
};

export function makeDoc(source: string, start: number, end: number): Doc {
  const n = normalize(source.slice(0, end));
  const tokens = tokensOf(n).filter((t) => t.start >= start);
  const gaps = new Uint8Array(tokens.length);
  const sentence = new Uint32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    sentence[i] = s;
    const from = tokens[i]!.keyEnd;
    const to = i + 1 < tokens.length ? tokens[i + 1]!.keyStart : n.key.length;
    let g: Gap = Gap.Space;
    for (let k = from; k < to; k++) g = Math.max(g, GAP_OF[n.key[k]!] ?? Gap.Space);
    gaps[i] = g;
    if (g === Gap.Sentence) s++;
  }
  // «تعرض (7) من رجال حرس الحدود»: a figure alone in brackets reads as the figure
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== "number") continue;
    const before = n.key.slice(tokens[i - 1]!.keyEnd, tokens[i]!.keyStart).trim();
    const after = n.key.slice(tokens[i]!.keyEnd, tokens[i + 1]!.keyStart).trim();
    if (before === "(" && after === ")") gaps[i - 1] = gaps[i] = Gap.Space;
  }
  return { source, n, tokens, gaps, sentence, readings: tokens.map((t) => readings(t.normal)) };
}

/** The key text between token i and the next one. */
export function gapText(doc: Doc, i: number): string {
  const next = doc.tokens[i + 1];
  return doc.n.key.slice(doc.tokens[i]!.keyEnd, next ? next.keyStart : doc.n.key.length);
}

/** Source span of tokens [from, to), skipping `cut` key units of clitics at the front («بصاروخين» → «صاروخين»). */
export function spanOf(doc: Doc, from: number, to: number, cut = 0): SourceSpan {
  const a = doc.tokens[from]!;
  const b = doc.tokens[to - 1]!;
  let { start, end } = toSourceSpan(doc.n, a.keyStart + cut, b.keyEnd);
  // «قاعدة “عين الأسد”»: a quote opened inside the span closes inside it too
  const close = CLOSING[doc.source.slice(start, end).match(OPENING_RE)?.[0] ?? ""];
  if (close && !doc.source.slice(start, end).includes(close) && doc.source[end] === close) end++;
  // «(3) أشخاص»: a figure's bracket closed inside the span opens inside it too
  if (doc.source[start - 1] === "(" && doc.source.slice(start, end).includes(")") && !doc.source.slice(start, end).includes("(")) start--;
  return { text: doc.source.slice(start, end), start, end };
}

const CLOSING: Readonly<Record<string, string>> = { "“": "”", "«": "»", "(": ")" };
const OPENING_RE = /[“«(]/;
