import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parseCorpusLine, type CorpusRecord } from "../../src/core/corpus/record.ts";

/** The project's corpora for tests: the seeds and a slice of SaudiNewsNet (for realistic idf). */
const CORPUS = new URL("../../src/data/corpus/", import.meta.url);

export function seedRecords(): CorpusRecord[] {
  return parse(readFileSync(new URL("seeds.jsonl", CORPUS), "utf8"), "seeds.jsonl");
}

export function saudiNewsNetSample(count: number): CorpusRecord[] {
  const text = gunzipSync(readFileSync(new URL("saudinewsnet.jsonl.gz", CORPUS))).toString("utf8");
  let end = 0;
  for (let i = 0; i < count && end >= 0; i++) end = text.indexOf("\n", end + 1);
  return parse(end < 0 ? text : text.slice(0, end), "saudinewsnet.jsonl.gz");
}

/** SaudiNewsNet reports by id ("snn-22680"), in the order asked; throws when one is missing. */
export function saudiNewsNetReports(ids: readonly string[]): CorpusRecord[] {
  const text = gunzipSync(readFileSync(new URL("saudinewsnet.jsonl.gz", CORPUS))).toString("utf8");
  const lines = ids.map((id) => {
    const at = text.indexOf(`"id": "${id}"`);
    if (at < 0) throw new Error(`saudinewsnet.jsonl.gz: no report "${id}"`);
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf("\n", at);
    return text.slice(start, end < 0 ? undefined : end);
  });
  return parse(lines.join("\n"), "saudinewsnet.jsonl.gz");
}

function parse(text: string, file: string): CorpusRecord[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((line, i) => {
      const r = parseCorpusLine(line, file, i + 1);
      if (!r.ok) throw new Error(`${r.error.file}:${r.error.line}: ${r.error.message}`);
      return r.record;
    });
}
