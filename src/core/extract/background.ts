import { Gap, type Doc } from "./doc.ts";
import { BACKGROUND_OPENERS, BACKGROUND_PHRASES } from "./model/background-cues.ts";
import { PhraseIndex } from "./phrases.ts";

/**
 * Sentence numbers of a report's background sentences (model/background-cues.ts): an
 * earlier incident or a running total, not the event the report is about.
 */
const openers = new Set(BACKGROUND_OPENERS);
const phrases = new PhraseIndex(BACKGROUND_PHRASES.map((p) => [p, true] as const));

export function backgroundSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < doc.tokens.length; i++) {
    if (out.has(doc.sentence[i]!)) continue;
    const opens = i === 0 || doc.gaps[i - 1]! === Gap.Sentence;
    if ((opens && openers.has(doc.tokens[i]!.normal)) || phrases.matchAt(doc, i, false)) out.add(doc.sentence[i]!);
  }
  return out;
}
