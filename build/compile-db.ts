import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

/**
 * Compiles the default database from every corpus file in src/data/corpus/ by running
 * the freshly built `sada build-db` (dist/cli), which shares the work out to worker threads. The result is cached under node_modules/.cache, keyed on
 * the corpus bytes and the core's sources, so a rebuild that changes neither is instant.
 */
const CORPUS_DIR = "src/data/corpus";
const CACHE_DIR = "node_modules/.cache/sada-db";
export const DB_FILE = "dist/db/sada-db.json.gz";

export function compileDefaultDatabase(log: (s: string) => void): string {
  const inputs = readdirSync(CORPUS_DIR)
    .filter((f) => /\.jsonl(\.gz)?$/.test(f))
    .sort()
    .map((f) => join(CORPUS_DIR, f));
  const key = inputKey([...inputs, join(CORPUS_DIR, "credits.json"), ...sources("src/core"), ...sources("src/shared"), ...sources("src/data/lexicon"), ...sources("src/cli")]);
  const cached = join(CACHE_DIR, `${key}.json.gz`);
  mkdirSync("dist/db", { recursive: true });
  if (existsSync(cached)) {
    copyFileSync(cached, DB_FILE);
    log(`database: cached ${cached}`);
    return DB_FILE;
  }
  const started = performance.now();
  const run = spawnSync(process.execPath, ["dist/cli/sada.mjs", "build-db", ...inputs, "--out", DB_FILE], { encoding: "utf8" });
  const report = run.stderr.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0) throw new Error(`sada build-db failed: ${report}`);
  mkdirSync(CACHE_DIR, { recursive: true });
  copyFileSync(DB_FILE, cached);
  log(`database: ${report} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return DB_FILE;
}

function inputKey(files: string[]): string {
  const h = createHash("sha256");
  for (const f of files) h.update(f).update(readFileSync(f));
  return h.digest("hex").slice(0, 20);
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) return sources(p);
      return /\.(ts|json)$/.test(n) && !n.endsWith(".test.ts") ? [p] : [];
    });
}
