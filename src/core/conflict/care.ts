import { keyedLabels } from "../text/normalize.ts";
import { CARE_STATES } from "./model/care-words.ts";
import { wordsAfter } from "./sentence-words.ts";

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
  for (const forms of wordsAfter(figure, CARE_REACH)) {
    const state = forms.map((f) => stateOf.get(f)).find(Boolean);
    if (state) return state;
  }
  return "all";
}
