import { stem } from "../text/stem.ts";
import { STOPWORDS } from "../text/model/stopwords.ts";
import { tokenize } from "../text/tokenize.ts";
import { GENERIC_CONTEXT_WORDS } from "./model/context-words.ts";

/**
 * Do two figures speak of the same thing? The content words around each in its sentence
 * (its head noun or verb, what it measures) must overlap: «العجز الأميركي يصل لـ77 مليار»
 * and «عجز الموازنة الأميركية يصل لـ66 مليار» do; two figures of one story about two
 * things don't. A figure with no content word around it cannot tell, and is taken to correspond.
 */
const ignored = new Set([...STOPWORDS, ...GENERIC_CONTEXT_WORDS]);
const ignoredStems = new Set(GENERIC_CONTEXT_WORDS.map(stem));
/** shared stems needed; a context of one or two words needs one */
const SHARED = 2;
const SHORT = 2;
/** a context this large is a full one */
const FULL = 5;

/** content words taken on each side of the figure: its head noun or verb and what it measures */
const BEFORE = 4;
const AFTER = 3;
/** tokens in a quote short enough to be one clause */
const SHORT_QUOTE = 12;

/** `whole`: the content words of the whole quote, not only those around the figure. */
export function contextOf(quote: string, figure: string, whole = false): Set<string> {
  const own = new Set(tokenize(figure).tokens.map((t) => t.normal));
  const tokens = tokenize(quote).tokens;
  // a short quote (a headline, a clause) is all the figure's context
  const at = whole || tokens.length <= SHORT_QUOTE ? -1 : quote.indexOf(figure);
  // a figure not found in its quote (cut short) also leaves the whole quote as its context
  const split = at < 0 ? tokens.length : tokens.findIndex((t) => t.start >= at);
  const after = at < 0 ? tokens.length : tokens.findIndex((t) => t.start >= at + figure.length);
  const out = new Set<string>();
  const take = (from: number, to: number, step: number, max: number) => {
    let n = 0;
    for (let i = from; i !== to && n < max; i += step) {
      // near a figure, words beyond a neighbouring figure or after a «و» that opens the next phrase belong to that phrase
      if (at >= 0 && (tokens[i]!.kind === "number" || (step > 0 && tokens[i]!.normal.startsWith("و")))) break;
      const s = contentStem(tokens[i]!.normal, own);
      if (s && !out.has(s)) (out.add(s), n++);
    }
  };
  take((split < 0 ? tokens.length : split) - 1, -1, -1, at < 0 ? Infinity : BEFORE);
  if (at >= 0 && after >= 0) take(after, tokens.length, 1, AFTER);
  return out;
}

function contentStem(w: string, own: ReadonlySet<string>): string | undefined {
  if (w.length < 2 || ignored.has(w) || ownWord(w, own)) return undefined;
  // accusative tanween leaves an alef: «اتفاقا» is «اتفاق»
  const s = stem(w.length > 3 && w.endsWith("ا") ? w.slice(0, -1) : w);
  return ignoredStems.has(s) ? undefined : s;
}

/** A word of the figure itself, also with a clitic («بملياري» for «ملياري»). */
function ownWord(w: string, own: ReadonlySet<string>): boolean {
  return own.has(w) || (w.length > 3 && own.has(w.slice(1))) || (w.length > 4 && own.has(w.slice(2)));
}

/** Shared stems of two contexts, or Infinity when either is empty (nothing to tell them apart). */
export function sharedContext(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return Infinity;
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

/**
 * `strict` for figures with a unit: a story's lead often gives several (a market's index,
 * its change, its turnover) in words much alike, so full contexts must share one more word.
 */
export function corresponds(a: ReadonlySet<string>, b: ReadonlySet<string>, strict = false): boolean {
  const n = sharedContext(a, b);
  const small = Math.min(a.size, b.size);
  return n >= (strict && small >= FULL ? SHARED + 1 : SHARED) || (n >= 1 && small <= SHORT);
}

/**
 * Two figures with a unit are one figure told twice only when their whole sentences are
 * much the same («وانخفض الدولار 0.5 في المئة …» / «وانخفض الدولار 0.1 بالمئة …»): a story's
 * lead gives several figures whose nearby words look alike (an index, its change, a sector).
 */
const SAME_SENTENCE = 0.5;
const sentences = new WeakMap<object, Set<string>>();
/** The content words of a figure's whole sentence, read once per figure. */
export const sentenceContext = (c: { quote: string; text: string }): Set<string> => sentences.get(c) ?? sentences.set(c, contextOf(c.quote, c.text, true)).get(c)!;

export function sameSentence(a: { quote: string; text: string }, b: { quote: string; text: string }): boolean {
  const [x, y] = [sentenceContext(a), sentenceContext(b)];
  const n = sharedContext(x, y);
  return n === Infinity || n >= SAME_SENTENCE * Math.min(x.size, y.size);
}
