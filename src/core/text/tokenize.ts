import { normalize, type Normalized, type Preset } from "./normalize.ts";

/**
 * Lossless tokenizer: tokens are runs of letters (with marks) or of digits on the match
 * key, each carrying its normalized form and its exact source range. Letters and digits
 * split («21فرداً» → «21», «فردا»); a «.» between digits stays inside the number.
 * `\b` does not work around Arabic in JS (ARABIC.md #40), hence the explicit classes.
 */
export interface Token {
  /** normalized form (match key) */
  readonly normal: string;
  readonly kind: "word" | "number";
  /** source range [start, end) in UTF-16 units */
  readonly start: number;
  readonly end: number;
  /** key range [keyStart, keyEnd) */
  readonly keyStart: number;
  readonly keyEnd: number;
}

export interface Tokenized extends Normalized {
  readonly tokens: readonly Token[];
}

const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const classes = new Uint8Array(0x10000);
const LETTER_RE = /[\p{L}\p{M}]/u;

function classOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c >= 0xd800 && c <= 0xdfff) return LETTER; // astral letters are rare; keep them inside words
  let k = classes[c]!;
  if (k === 0) {
    k = LETTER_RE.test(String.fromCharCode(c)) ? LETTER : OTHER;
    classes[c] = k;
  }
  return k;
}

export function tokenize(source: string, preset: Preset = "match"): Tokenized {
  const n = normalize(source, preset);
  return { ...n, tokens: tokensOf(n) };
}

export function tokensOf(n: Normalized): Token[] {
  const { key } = n;
  const tokens: Token[] = [];
  let i = 0;
  while (i < key.length) {
    const k = classOf(key.charCodeAt(i));
    if (k === OTHER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < key.length) {
      const c = key.charCodeAt(j);
      const kj = classOf(c);
      if (kj === k) j++;
      else if (k === DIGIT && c === 0x2e && j + 1 < key.length && classOf(key.charCodeAt(j + 1)) === DIGIT) j += 2;
      else break;
    }
    tokens.push({
      normal: key.slice(i, j),
      kind: k === DIGIT ? "number" : "word",
      start: n.starts[i]!,
      end: n.ends[j - 1]!,
      keyStart: i,
      keyEnd: j,
    });
    i = j;
  }
  return tokens;
}
