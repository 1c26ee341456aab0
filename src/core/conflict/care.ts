import { Gap } from "../extract/doc.ts";
import { keyedLabels } from "../text/normalize.ts";
import { CARE_STATES } from "./model/care-words.ts";
import { sentenceWords } from "./sentence-words.ts";

/**
 * Which of the injured a figure counts (model/care-words.ts): those still in care, those
 * sent home, or, when its clause says neither within a few words after it, all of them.
 * «استقبلت الطوارئ 40 مصاباً» and «24 مصابا يتلقون العلاج» are a whole and a part.
 */
const stateOf = keyedLabels(CARE_STATES);
/** how many words after the figure's own may tell its state: «24 مصابا لا يزالون يتلقون العلاج» */
const CARE_REACH = 5;

export type Care = keyof typeof CARE_STATES | "all";

export function careOf(figure: { quote: string; text: string }): Care {
  const { doc, forms } = sentenceWords(figure.quote);
  const at = figure.text ? figure.quote.indexOf(figure.text) : -1;
  if (at < 0) return "all";
  const end = at + figure.text.length;
  const last = doc.tokens.findIndex((t) => t.end >= end);
  if (last < 0) return "all";
  for (let k = last + 1; k <= last + CARE_REACH && k < doc.tokens.length && doc.gaps[k - 1]! < Gap.Clause; k++) {
    const state = forms[k]!.map((f) => stateOf.get(f)).find(Boolean);
    if (state) return state;
  }
  return "all";
}
