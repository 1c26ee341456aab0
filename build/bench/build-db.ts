import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureLoad } from "./support/load.ts";
import { quantile } from "../eval/support/data.ts";

/**
 * A full `sada build-db` of seeds + SaudiNewsNet with the built CLI (dist/cli, worker threads), in a child process
 * under GNU time (wall clock and peak RSS of the whole build), then the file's size and
 * its load-to-ready time in Node. Targets: ≤ 60 s, ≤ 2 GB, ≤ 10 MB, ≤ 200 ms.
 */
const INPUTS = ["src/data/corpus/seeds.jsonl", "src/data/corpus/saudinewsnet.jsonl.gz"];

export default {
  name: "build-db: full build time, peak memory, size, load",
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "sada-bench-"));
    try {
      const out = join(dir, "db.json.gz");
      const build = spawnSync("/usr/bin/time", ["-v", process.execPath, "dist/cli/sada.mjs", "build-db", ...INPUTS, "--out", out], { encoding: "utf8" });
      if (build.status !== 0) throw new Error(`build-db failed: ${build.stderr}`);
      const field = (name: string) => build.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? "?";
      // "m:ss.ss" or "h:mm:ss"
      const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").reduce((acc, x) => acc * 60 + Number(x), 0);
      const cpu = Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"));
      const peakMb = Number(field("Maximum resident set size \\(kbytes\\)")) / 1024;

      const gz = readFileSync(out);
      const { index, loads, steps } = measureLoad(gz);
      const { counts } = index.db.header;
      console.table({
        "reports / events / features": { figure: `${counts.reports} / ${counts.events} / ${counts.features}`, target: "" },
        "build wall time": { figure: `${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`, target: "≤ 60 s" },
        "build peak RSS": { figure: `${(peakMb / 1024).toFixed(2)} GB`, target: "≤ 2 GB" },
        "file (gzip)": { figure: `${(statSync(out).size / 1e6).toFixed(2)} MB`, target: "≤ 10 MB" },
        "load to ready (median of 5)": { figure: `${quantile(loads, 0.5).toFixed(0)} ms`, target: "≤ 200 ms" },
        "… gunzip / decode and checks / index": { figure: ["gunzip", "decode", "index"].map((s) => quantile(steps[s as keyof typeof steps], 0.5).toFixed(0)).join(" / ") + " ms", target: "" },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
