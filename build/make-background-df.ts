import { writeFileSync } from "node:fs";
import { readCorpus } from "../src/cli/corpus-io.ts";
import { featureCounts } from "../src/core/match/features.ts";

/**
 * Writes src/data/lexicon/background-df.json: how many SaudiNewsNet reports contain each
 * word and stem feature (those in at least MIN_DF reports). The compiler adds these counts
 * to its corpus's own, so idf stays meaningful for a small corpus (five seed reports alone
 * would make every shared word look common). Run after changing the features:
 * `npx tsx build/make-background-df.ts`; the table is committed.
 */
const CORPUS = "src/data/corpus/saudinewsnet.jsonl.gz";
const OUT = "src/data/lexicon/background-df.json";
const MIN_DF = 5;

const df = new Map<string, number>();
let documents = 0;
for await (const r of readCorpus(CORPUS)) {
  documents++;
  for (const f of featureCounts(r.body, r.title).keys()) if (!f.startsWith("t:")) df.set(f, (df.get(f) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = kept.map(([f, n]) => `${JSON.stringify(f)}:${n}`);
writeFileSync(
  OUT,
  `{"about":"Document frequency of match features in SaudiNewsNet (CC BY-NC-SA 4.0), features in at least ${MIN_DF} reports; made by build/make-background-df.ts","documents":${documents},"df":{\n${lines.join(",\n")}\n}}\n`,
);
console.log(`${OUT}: ${kept.length} features from ${documents} reports`);
