/**
 * Arabic number words in match-key form (ة→ه, أ/إ/آ→ا, ى→ي), gender ignored (ARABIC.md §3, #11).
 * What it is: the words a cardinal is built from, with their role in the grammar of
 * `numbers.ts`. What it is not: ordinals (الخامس، الثالث), fractions of a whole («خمس
 * السكان»), or the vague amounts and hedges (see quantities.ts).
 * Source: written for Sada from standard grammar; forms checked against Maha
 * `parsers/rules/numeral` (BSD-3) and Duckling `Numeral/AR/Corpus.hs` (BSD). No code or data
 * ported; licence: MIT, as the project.
 */
export type NumberWordKind = "unit" | "ten" | "teen-ten" | "hundred" | "scale" | "scale-dual" | "scale-plural";

const UNITS: [string, number][] = [
  ["واحد واحده احد احدي", 1],
  ["اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي", 2],
  ["ثلاث ثلاثه", 3], ["اربع اربعه", 4], ["خمس خمسه", 5], ["ست سته", 6],
  ["سبع سبعه", 7], ["ثمان ثماني ثمانيه", 8], ["تسع تسعه", 9],
];
const TENS: [string, number][] = [
  ["عشرون عشرين", 20], ["ثلاثون ثلاثين", 30], ["اربعون اربعين", 40], ["خمسون خمسين", 50],
  ["ستون ستين", 60], ["سبعون سبعين", 70], ["ثمانون ثمانين", 80], ["تسعون تسعين", 90],
];
const HUNDREDS: [string, number][] = [
  ["مئه مائه", 100], ["مئتان مئتين مائتان مائتين مئتي مائتي", 200],
  ["ثلاثمئه ثلاثمائه", 300], ["اربعمئه اربعمائه", 400], ["خمسمئه خمسمائه", 500], ["ستمئه ستمائه", 600],
  ["سبعمئه سبعمائه", 700], ["ثمانمئه ثمانمائه ثمانيمئه ثمانيمائه", 800], ["تسعمئه تسعمائه", 900],
];
/** Scales multiply what precedes them; alone they mean one of them («ألف جندي»). */
const SCALES: [string, number][] = [["الف الفا", 1e3], ["مليون مليونا", 1e6], ["مليار مليارا بليون", 1e9], ["تريليون تريليونا ترليون", 1e12]];
/** Duals mean two of the scale, also in construct («ألفي شخص»). */
const SCALE_DUALS: [string, number][] = [["الفان الفين الفي", 2e3], ["مليونان مليونين مليوني", 2e6], ["ملياران مليارين ملياري", 2e9], ["تريليونان تريليونين تريليوني", 2e12]];
/** Plurals follow 3–10 («ثلاثة آلاف»); alone they are vague (quantities.ts). */
const SCALE_PLURALS: [string, number][] = [["الاف", 1e3], ["ملايين", 1e6], ["مليارات", 1e9], ["تريليونات", 1e12]];

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
}

function expand(rows: [string, number][], kind: NumberWordKind, into: Map<string, NumberWord>): void {
  for (const [forms, value] of rows) for (const f of forms.split(" ")) into.set(f, { kind, value });
}

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const m = new Map<string, NumberWord>();
  expand(UNITS, "unit", m);
  expand([["عشر عشره", 10]], "teen-ten", m);
  expand(TENS, "ten", m);
  expand(HUNDREDS, "hundred", m);
  expand(SCALES, "scale", m);
  expand(SCALE_DUALS, "scale-dual", m);
  expand(SCALE_PLURALS, "scale-plural", m);
  return m;
})();

/** «فاصلة» joins the integer and fraction parts of a spoken decimal: «واحد فاصلة خمسة» = 1.5. */
export const DECIMAL_WORD = "فاصله";
/**
 * Fractions of a scale: before it («ربع مليون» = 250,000) or after it with «و»
 * («مليون ونصف» = 1.5 million).
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([["نصف", 1 / 2], ["ربع", 1 / 4], ["ثلث", 1 / 3]]);
