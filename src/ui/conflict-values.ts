import type { Conflict, ConflictValue } from "../core/conflict/types.ts";

/**
 * A conflict's values, each once with the reports that give it: the page's own value
 * first, then the values most reports give; within a value, the page first, then by time.
 * Shared by the popup and the in-page tooltip, so both tell the story in the same order.
 */
export function valuesOf(c: Conflict, selfId: string): { value: string; givers: ConflictValue[] }[] {
  const byValue = new Map<string, ConflictValue[]>();
  for (const v of c.values) byValue.set(v.value, [...(byValue.get(v.value) ?? []), v]);
  const isSelf = (v: ConflictValue) => (v.report === selfId ? 0 : 1);
  const time = (v: ConflictValue) => (v.published ? Date.parse(v.published) : Infinity);
  return [...byValue]
    .map(([value, givers]) => ({ value, givers: givers.sort((a, b) => isSelf(a) - isSelf(b) || time(a) - time(b)) }))
    .sort((a, b) => isSelf(a.givers[0]!) - isSelf(b.givers[0]!) || b.givers.length - a.givers.length);
}
