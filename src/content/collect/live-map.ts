/** NodeFilter.SHOW_TEXT, by value: the same in every DOM (tests run on linkedom, which has no NodeFilter). */
const SHOW_TEXT = 0x4;

/**
 * Clone text node → live text node. `document.cloneNode(true)` copies the tree exactly,
 * so walking both text-node sequences in step pairs each clone node with its original.
 * Must run right after cloning, before anything (Readability, the page) changes either.
 */
export function mapCloneToLive(live: Document, clone: Document): WeakMap<Text, Text> {
  const map = new WeakMap<Text, Text>();
  const a = live.createTreeWalker(live, SHOW_TEXT);
  const b = clone.createTreeWalker(clone, SHOW_TEXT);
  for (let l = a.nextNode(), c = b.nextNode(); l && c; l = a.nextNode(), c = b.nextNode()) map.set(c as Text, l as Text);
  return map;
}
