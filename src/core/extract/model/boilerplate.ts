/**
 * Lines that end the report itself (ARABIC.md; seeds 001–003): related-article lists,
 * "read also" blocks that append another article (seed 002, after «إقرأ أيضاً»), share bars
 * and comment sections. Match-key form; a line that starts with one of these (after
 * punctuation and spaces) and is short cuts everything from it on.
 * Source: written for Sada from the seeds; no third-party data. Licence: MIT, as the project.
 */
export const CUT_MARKERS = [
  "اقرا ايضا", "مواضيع ذات صله", "مقالات ذات صله", "مقالات مشابهه", "اخبار ذات صله",
  "مواضيع متعلقه", "اقرا المزيد", "التعليقات", "تعليقات", "شارك", "روابط ذات صله",
  "الاكثر قراءه", "قد يعجبك ايضا", "ذات صله",
];
/** A cutting line is at most this many characters: a marker inside a long paragraph is text. */
export const MAX_MARKER_LINE = 40;
/** Markers in the first share of a text are navigation above the report, not its end. */
export const MIN_BODY_SHARE = 0.2;
