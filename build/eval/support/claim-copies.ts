import type { CorpusRecord } from "../../../src/core/corpus/record.ts";
import { tokenize } from "../../../src/core/text/tokenize.ts";
import { ratio } from "./data.ts";
import type { Claim } from "./unifiedfc.ts";

/**
 * How far the labels let any text matcher go: an article returned for a claim because it
 * copies the claim's own words (a share of the claim's word trigrams found in it), scored
 * against the related labels. Even near-verbatim copies are labelled unrelated often
 * enough to cap precision well below what a perfect copy detector would reach.
 */
const SHARES = [0.3, 0.5, 0.7];

const trigrams = (text: string): Set<string> => {
  const words = tokenize(text).tokens.flatMap((t) => (t.kind === "word" ? [t.normal] : []));
  return new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(" ")));
};

export function claimCopyCeiling(corpus: readonly CorpusRecord[], claims: readonly Claim[]): Record<string, object> {
  const articles = corpus.map((r) => [r.id, trigrams(r.body)] as const);
  const shares = claims.map((c) => {
    const own = [...trigrams(c.claim)];
    return articles.map(([id, grams]) => [id, own.filter((g) => grams.has(g)).length / Math.max(1, own.length)] as const);
  });
  return Object.fromEntries(
    SHARES.map((min) => {
      let returned = 0;
      let correct = 0;
      let unrelated = 0;
      let expected = 0;
      claims.forEach((c, k) => {
        const related = new Set(c.related.map((r) => r.id));
        const labelledUnrelated = new Set(c.unrelated.map((r) => r.id));
        expected += related.size;
        for (const [id, share] of shares[k]!) {
          if (share < min) continue;
          returned++;
          if (related.has(id)) correct++;
          else if (labelledUnrelated.has(id)) unrelated++;
        }
      });
      return [`≥ ${min * 100}% of its trigrams`, { precision: ratio(correct, returned), recall: ratio(correct, expected), returned, "labelled unrelated": unrelated }];
    }),
  );
}
