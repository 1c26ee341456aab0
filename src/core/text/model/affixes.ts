/**
 * Light-stemming affixes (ARABIC.md §2), in match-key form (ة → ه, أ/إ/آ → ا).
 * After Light10 (Larkey, Ballesteros & Connell 2002) as implemented in Lucene's
 * ArabicStemmer (Apache-2.0); the lists are published in the paper, not ported code.
 */

/** Conjunctions: one may go when at least MIN_AFTER_CONJUNCTION letters remain. */
export const CONJUNCTIONS = ["و", "ف"] as const;
export const MIN_AFTER_CONJUNCTION = 4;

/** Article and preposition+article prefixes, longest first; one may go when ≥ MIN_AFTER_PREFIX letters remain. */
export const PREFIXES = ["بال", "كال", "فال", "وال", "لل", "ال", "ب", "ك", "ل"] as const;
export const MIN_AFTER_PREFIX = 3;

/** Suffixes, longest first; one may go when ≥ MIN_AFTER_SUFFIX letters remain. */
export const SUFFIXES = ["هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ات", "ان", "ون", "ين", "يه", "ه", "ي"] as const;
export const MIN_AFTER_SUFFIX = 3;
