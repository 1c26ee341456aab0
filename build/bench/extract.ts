import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { extractDetails } from "../../src/core/extract/index.ts";

/**
 * Extraction throughput on the real corpus (SaudiNewsNet, src/data/corpus): MB of UTF-8 text
 * per second on one core and milliseconds per article (mean, p50, p95), the median of three
 * passes. Target (issue): ≥ 2 MB/s per core, ≤ 5 ms per article. Not a timed test.
 * `BENCH_LIMIT=n` reads only the first n articles.
 */
const CORPUS = new URL("../../src/data/corpus/saudinewsnet.jsonl.gz", import.meta.url);
const PASSES = 3;

async function readBodies(limit: number): Promise<string[]> {
  const lines = createInterface({ input: createReadStream(CORPUS).pipe(createGunzip()), crlfDelay: Infinity });
  const bodies: string[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const body = (JSON.parse(line) as { body?: string }).body;
    if (body) bodies.push(body);
    if (bodies.length >= limit) break;
  }
  return bodies;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function pass(bodies: string[]) {
  const times = new Float64Array(bodies.length);
  let details = 0;
  const t0 = performance.now();
  for (let i = 0; i < bodies.length; i++) {
    const s = performance.now();
    const d = extractDetails(bodies[i]!);
    times[i] = performance.now() - s;
    details += d.counts.length + d.people.length + d.places.length + d.dates.length;
  }
  const total = performance.now() - t0;
  const sorted = Array.from(times).sort((a, b) => a - b);
  return { total, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1]!, details };
}

async function run(): Promise<void> {
  const bodies = await readBodies(Number(process.env.BENCH_LIMIT ?? Infinity));
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b, "utf8"), 0);
  pass(bodies.slice(0, 200)); // warm-up: JIT and the lexicon's lazy tables
  const runs = Array.from({ length: PASSES }, () => pass(bodies)).sort((a, b) => a.total - b.total);
  const m = runs[Math.floor(PASSES / 2)]!;
  const mb = bytes / 1e6;
  const rows: [string, string][] = [
    ["articles", String(bodies.length)],
    ["text (MB, UTF-8)", mb.toFixed(1)],
    ["details found", String(m.details)],
    ["pass time (s, median of 3)", (m.total / 1000).toFixed(2)],
    ["throughput (MB/s, one core)", (mb / (m.total / 1000)).toFixed(2)],
    ["ms per article (mean)", (m.total / bodies.length).toFixed(3)],
    ["ms per article (p50)", m.p50.toFixed(3)],
    ["ms per article (p95)", m.p95.toFixed(3)],
    ["ms per article (max)", m.max.toFixed(1)],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  console.log("extract bench — SaudiNewsNet");
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v.padStart(10)}`);
}

export default { name: "extract", run };

if (import.meta.url === `file://${process.argv[1]}`) await run();
