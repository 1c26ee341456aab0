import { keyOf } from "../text/normalize.ts";
import type { Role } from "./types.ts";

/**
 * Name comparison (ARABIC.md §5, #26–#28): a consonant skeleton after Freeman et al. 2006
 * and ASOUNDEX (Aqeel et al.), never plain edit distance: لويد/لويس differ by one letter
 * and are different people.
 */
const WEAK = new Set(["ا", "و", "ي", "ء", "ئ", "ؤ", "ه"]);
const FOLD: Readonly<Record<string, string>> = {
  غ: "ك", ج: "ك", ق: "ك", ك: "ك", ت: "ت", ط: "ت", س: "س", ص: "س", ث: "س", د: "د", ض: "د",
  ذ: "ز", ز: "ز", ظ: "ز", ح: "ح", خ: "ح", ف: "ف", ب: "ب",
};

/** Consonant skeleton of one name or several words: «أوستين» → «استن», «جالانت» = «غالانت». */
export function nameSkeleton(name: string): string {
  return keyOf(name, "name")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const word = w.startsWith("ال") && w.length > 3 ? w.slice(2) : w;
      let out = "";
      for (let i = 0; i < word.length; i++) {
        const ch = word[i]!;
        if (i > 0 && WEAK.has(ch)) continue;
        const f = FOLD[ch] ?? ch;
        if (out[out.length - 1] !== f) out += f;
      }
      return out;
    })
    .join(" ");
}

/** Given names agree when equal, one is a prefix of the other («بات» ⊂ «باتريك»), or skeletons match. */
export function givenNamesCompatible(a: string, b: string): boolean {
  const x = keyOf(a, "name").trim().split(/\s+/)[0] ?? "";
  const y = keyOf(b, "name").trim().split(/\s+/)[0] ?? "";
  if (x === "" || y === "") return true;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return nameSkeleton(x) === nameSkeleton(y);
}

/** Same role: same canonical id and no disagreeing country («وزير الدفاع الأميركي» ≠ «… الإسرائيلي», #30). */
export function sameRole(a: Pick<Role, "id" | "country">, b: Pick<Role, "id" | "country">): boolean {
  if (a.id !== b.id) return false;
  return a.country === undefined || b.country === undefined || a.country === b.country;
}
