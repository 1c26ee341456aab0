import { matchArticle } from "../../src/core/match/match.ts";
import { MATCH_DEFAULTS } from "../../src/core/match/defaults.ts";
import { elapsed, ratio, readCsv, sharedFile } from "./support/data.ts";
import { indexOf } from "./support/database.ts";

/**
 * Same-event decisions on headlines with topical hard negatives (ArEntail train, DATA.md
 * §3): the database holds every distinct premise; a hypothesis is judged the same event
 * as its premise when its matched event contains that premise. "entails" is the gold
 * same-event label (a proxy: entailment is stricter than coreference, so recall is the
 * figure to watch; a "not entail" hypothesis is most often a related, different event).
 */
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

export default {
  name: "arentail: same-event precision/recall on headline pairs",
  async run() {
    const started = performance.now();
    const file = sharedFile("arentail/train.csv");
    if (!file) return;
    const rows = readCsv(file);
    const premiseId = new Map<string, string>();
    for (const r of rows) if (!premiseId.has(r.premise!)) premiseId.set(r.premise!, `p-${premiseId.size}`);
    const index = indexOf([...premiseId].map(([body, id]) => ({ id, source: "arentail", body, title: undefined, author: undefined })));

    const curve: Record<string, object> = {};
    for (const t of THRESHOLDS) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of rows) {
        const m = matchArticle(index, { text: r.hypothesis! }, { threshold: t });
        const want = premiseId.get(r.premise!)!;
        const same = m.self === want || m.related.some((x) => x.id === want);
        const gold = r.label === "entails";
        if (same && gold) tp++;
        else if (same) fp++;
        else if (gold) fn++;
      }
      curve[`${t === MATCH_DEFAULTS.matchThreshold ? "*" : ""}${t}`] = { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), "same (entails)": tp, "same (not entail)": fp, "missed entails": fn };
    }
    console.log(`${rows.length} pairs, ${premiseId.size} distinct premises, ${index.db.body.events.length} events; * shipped threshold`);
    console.table(curve);
    console.log(elapsed(started));
  },
};
