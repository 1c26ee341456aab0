/**
 * Headings of the lists a news page appends after the report («أخبار ذات صلة», «الأكثر
 * قراءة», «اقرأ أيضاً»): where a page's text has lost its line breaks (UnifiedFC bodies),
 * they stand inside a long line and the extractor's line-based cut misses them. Written
 * with one spelling each; `tail.ts` accepts every alef, ta marbuta and alif maqsura form.
 * Source: written for Sada from UnifiedFC pages; no third-party data. Licence: MIT, as the project.
 */
export const TAIL_MARKERS: readonly string[] = [
  "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "روابط ذات صلة",
  "الأكثر قراءة", "اقرأ أيضا", "قد يعجبك أيضا",
];

/** Markers in the first share of a text are navigation above the report, not its end. */
export const TAIL_MIN_SHARE = 0.5;
