import { baseForms } from "../extract/clitics.ts";
import { Gap, makeDoc, type Doc } from "../extract/doc.ts";

/**
 * A stored figure's sentence read once for the checks that compare it with another's
 * (incident.ts, occasion.ts): its doc, and each token's base forms (clitics and «ال» off).
 * The same sentence comes back for every pair its figures are in.
 */
export interface SentenceWords {
  doc: Doc;
  forms: string[][];
}

const cache = new Map<string, SentenceWords>();
const CACHE_MAX = 4096;

export function sentenceWords(sentence: string): SentenceWords {
  let found = cache.get(sentence);
  if (found) return found;
  const doc = makeDoc(sentence, 0, sentence.length);
  found = { doc, forms: doc.readings.map(baseForms) };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(sentence, found);
  return found;
}

/**
 * The base forms of the few words after a figure in its quote, in its clause: what they say
 * of it («24 مصابا يتلقون العلاج», «حالتي إصابة جديدة»). None when the quote lacks the figure.
 */
export function wordsAfter(figure: { quote: string; text: string }, reach: number): string[][] {
  const { doc, forms } = sentenceWords(figure.quote);
  const at = figure.text ? figure.quote.indexOf(figure.text) : -1;
  if (at < 0) return [];
  const end = at + figure.text.length;
  const last = doc.tokens.findIndex((t) => t.end >= end);
  if (last < 0) return [];
  const out: string[][] = [];
  for (let k = last + 1; k <= last + reach && k < doc.tokens.length && doc.gaps[k - 1]! < Gap.Clause; k++) out.push(forms[k]!);
  return out;
}
