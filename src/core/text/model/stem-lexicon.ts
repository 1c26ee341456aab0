/**
 * Words the light stemmer must leave whole, in match-key form: their first letters look
 * like a clitic («ال», «و», «ب», «ل», «ف», «ك») but belong to the word (ARABIC.md #9, §1 traps).
 * Looked up before any stripping. Add a word here when a stem collides in the corpus.
 */
export const STEM_PROTECTED: readonly string[] = [
  // fake article after alef folding
  "الف", "الاف", "الفا", "الفين", "المانيا", "الماني", "الله", "الهام", "البانيا", "الجزاير", "الجزائر",
  // و / ف / ب / ل / ك that are root letters in frequent news words
  "وزير", "وزيره", "وزراء", "وزاره", "وزارات", "وكاله", "وكالات", "ولايه", "ولايات", "واشنطن", "وطني", "وطنيه",
  "وفد", "وفاه", "وقت", "وقف", "وضع", "واقع", "وسط", "وجود", "ولي", "وحده", "وحدات", "وثيقه", "وزن",
  "فلسطين", "فلسطيني", "فلسطينيه", "فرنسا", "فريق", "فتره", "فصايل", "فصيل", "فوز", "فيلق", "فيديو",
  "بيان", "بلد", "بلاد", "بريطانيا", "بغداد", "بيروت", "برلمان", "بنك", "بيت", "باكستان", "بوتين", "بايدن",
  "لبنان", "ليبيا", "لندن", "لجنه", "لقاء", "ليله",
  "كتايب", "كتائب", "كندا", "كوريا", "كويت", "كميه",
];
