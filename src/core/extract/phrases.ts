import { Gap, type Doc } from "./doc.ts";

/**
 * Multi-word lookup on tokens: phrases in match-key form indexed by their first word,
 * longest first. The first token may carry clitics («لوزير الدفاع»); the rest must match
 * whole, with no clause break inside the phrase.
 */
export interface PhraseHit<T> {
  value: T;
  /** token index after the phrase */
  end: number;
  /** clitic key units before the phrase in the first token */
  cut: number;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(" ").filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every value stored under exactly this phrase. */
  matchAll(phrase: string): T[] {
    const words = phrase.split(" ");
    return (this.byFirst.get(words[0]!) ?? []).filter((e) => e.words.join(" ") === phrase).map((e) => e.value);
  }

  /** Longest phrase starting at token i; `clitics` allows clitic readings of the first token. */
  matchAt(doc: Doc, i: number, clitics = true, maxGap: Gap = Gap.Space): PhraseHit<T> | undefined {
    // callers look one token ahead («في» + a month): past the end there is nothing to match
    if (i < 0 || i >= doc.tokens.length) return undefined;
    const forms = doc.readings[i]!;
    // the first reading is the word as written; an index loop, as this runs at every token for every table
    for (let r = 0; r < (clitics ? forms.length : Math.min(1, forms.length)); r++) {
      const [form, cut] = forms[r]!;
      const list = this.byFirst.get(form);
      if (!list) continue;
      for (const { words, value } of list) {
        if (i + words.length > doc.tokens.length) continue;
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) {
          ok = doc.gaps[i + k - 1]! <= maxGap && doc.tokens[i + k]!.normal === words[k];
        }
        if (ok) return { value, end: i + words.length, cut };
      }
    }
    return undefined;
  }
}
