/**
 * Clitic readings of a match-key word, whole word first (lexicon before stripping, ARABIC.md
 * §1 traps: «لويد», «بايدن», «وزير» must match whole). Each reading is [form, cut]: the form to
 * look up and how many leading key units were clitics. «وللقوات» → «للقوات», «القوات».
 */
export type Reading = readonly [form: string, cut: number];

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ل", "ك"]);

export function readings(word: string): readonly Reading[] {
  const out: Reading[] = [[word, 0]];
  const bases: Reading[] = [[word, 0]];
  if (CONJ.has(word[0]!) && word.length >= 4) {
    out.push([word.slice(1), 1]);
    bases.push([word.slice(1), 1]);
  }
  for (const [b, cut] of bases) {
    if (!PREP.has(b[0]!) || b.length < 4) continue;
    // «لل» is the preposition fused with the article: «للقوات» = ل + القوات
    out.push(b[0] === "ل" && b[1] === "ل" ? ["ا" + b.slice(1), cut + 1] : [b.slice(1), cut + 1]);
  }
  return out;
}

/** The clitic letter right before a reading's form: «وبحوادث» read as «حوادث» (cut 2) → «ب». */
export function cliticBefore(word: string, cut: number): string | undefined {
  return cut > 0 ? word[cut - 1] : undefined;
}

/** The form without «ال» when it has one and enough letters remain. */
export function withoutArticle(form: string): string | undefined {
  return form.startsWith("ال") && form.length >= 5 ? form.slice(2) : undefined;
}

/** A word's base forms from its readings: clitics and «ال» stripped («وبالنفط» → «وبالنفط», «بالنفط», «النفط», «نفط»). */
export function baseForms(readings: readonly Reading[]): string[] {
  return readings.flatMap(([f]) => {
    const bare = withoutArticle(f);
    return bare ? [f, bare] : [f];
  });
}
