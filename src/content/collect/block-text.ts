import { walkText } from "./walk.ts";

/**
 * Text of an element with one line per block (paragraph, heading, list item…), so that
 * sentence and paragraph boundaries survive: `textContent` would run paragraphs together.
 */
export function blockText(root: Element): string {
  return walkText(root).text;
}
