/**
 * Spellings of one word that the letter folds cannot join (ARABIC.md #26, #29): written
 * as [variant, canonical] pieces of match keys, replaced inside a token. Only spellings
 * of the same word: never two different names (لويد/لويس stay apart).
 */
export const SPELLING_VARIANTS: readonly (readonly [string, string])[] = [
  ["اميرك", "امريك"], // الأميركي / الأمريكي / أميركا
  ["بنتاجون", "بنتاغون"],
  ["جالانت", "غالانت"],
  ["غالنت", "غالانت"],
  ["ترامب", "ترمب"],
  ["نتانياهو", "نتنياهو"],
  ["زيلينسكي", "زيلنسكي"],
  ["اوستين", "اوستن"],
  ["انجلترا", "انكلترا"],
  ["سوريه", "سوريا"],
  ["ميليشيا", "مليشيا"],
];
