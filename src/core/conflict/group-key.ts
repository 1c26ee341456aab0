import { CITIZENS, COUNTED_NOUNS, GENERIC_CLASSES } from "../extract/model/counted-nouns.ts";
import { nisbaCountry } from "../extract/nisba.ts";
import { withoutArticle } from "../extract/clitics.ts";
import { pronounSide } from "../extract/counts.ts";
import { keyOf } from "../text/normalize.ts";
import type { StoredCount } from "./report-details.ts";

const citizens = new Set(CITIZENS);

/**
 * Which counts are about the same people or things (ARABIC.md §7 sub-slots): the class of
 * the counted noun and its nationality, not its wording: «جنود أميركيين» and «جندي أمريكي»
 * are one group, soldiers and contractors two; a side («في صفوف الحوثيين») is the class of
 * its noun when the table knows it. People in general («أشخاص», «شخصين», «قتلى») are the
 * group of a count that names none, of any nationality, and so are a people named by its
 * nisba («ثلاثة فلسطينيين») or as citizens («مواطنين فلسطينيين»). A quantity's or a sentence's group is its unit.
 */
export function groupKey(c: StoredCount): string {
  if (c.slot === "quantity" || c.slot === "sentence" || !c.group) return c.group ?? "";
  // letters only: a side is written «في صفوف “الحوثيين”» as often as without the marks
  const words = keyOf(c.group).split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, "")).filter(Boolean);
  if (!words.length) return "";
  // «في صفوفهم», «بصفوفهم»: a side only its own sentence knows, the same as no other but that sentence's
  if (words.length === 1 && pronounSide(words[0]!)) return `${words[0]}|${keyOf(c.quote)}`;
  const noun = nounOf(words[0] ?? "", words[1]);
  // «ثلاثة فلسطينيين»: a people named by its nisba alone is people in general
  if (noun === undefined && words.length === 1 && nisbaCountry(words[0]!)) return "";
  // a side the table does not know, by all its words, nationalities by their country
  // («القوات الموالية لهادي» is not «قوات صالح»; «القوات الأمريكية» is «القوات الأميركية»)
  if (noun === undefined) return [withoutArticle(words[0]!) ?? words[0]!, ...words.slice(1).map((w) => nisbaCountry(w) ?? w)].join(" ");
  const country = words.slice(1).map(nisbaCountry).find(Boolean);
  // people in general of a nationality, or its citizens («مواطنين فلسطينيين»), are people in general:
  // «مقتل 3 فلسطينيين» and «سقوط 4 شهداء» tell one toll; «مدنيين فلسطينيين» are some of them
  if (GENERIC_CLASSES.has(noun) || (country && citizens.has(withoutArticle(words[0]!) ?? words[0]!))) return "";
  return country ? `${noun}:${country}` : noun;
}

function nounOf(first: string, second: string | undefined): string | undefined {
  const forms = [first, first.startsWith("ال") ? first.slice(2) : first].flatMap((f) => (f.endsWith("ا") ? [f, f.slice(0, -1)] : [f]));
  for (const f of forms) {
    const n = (second ? COUNTED_NOUNS.get(`${f} ${second}`) : undefined) ?? COUNTED_NOUNS.get(f);
    if (n) return n.cls;
  }
  return undefined;
}
