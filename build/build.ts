import { build, type BuildOptions } from "esbuild";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileDefaultDatabase, DB_FILE } from "./compile-db.ts";
import { manifestFor, type BrowserName } from "./manifest.ts";
import { zipFolder } from "./zip.ts";
import { extensionPage } from "./pages.ts";

/**
 * `npm run build`: the CLI (dist/cli/sada.mjs), the default database (dist/db/), the
 * Chrome and Firefox extensions (dist/chrome, dist/firefox, zipped), and their test
 * builds (dist/test/…: __TEST__ hooks, content script also on http://127.0.0.1).
 * `--cli-only` builds just the CLI (npm's `prepare`, so `npx sada` works after install).
 */
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const rootManifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const log = (s: string) => console.log(`[build] ${s}`);

const TARGETS: { browser: BrowserName; test: boolean; dir: string }[] = [
  { browser: "chrome", test: false, dir: "dist/chrome" },
  { browser: "firefox", test: false, dir: "dist/firefox" },
  { browser: "chrome", test: true, dir: "dist/test/chrome" },
  { browser: "firefox", test: true, dir: "dist/test/firefox" },
];

async function main(): Promise<void> {
  await buildCli();
  if (process.argv.includes("--cli-only")) return;
  const db = compileDefaultDatabase(log);
  for (const t of TARGETS) await buildExtension(t, db);
  for (const browser of ["chrome", "firefox"] as const) {
    const bytes = zipFolder(`dist/${browser}`, `dist/sada-${browser}-${pkg.version}.zip`);
    log(`dist/sada-${browser}-${pkg.version}.zip: ${(bytes / 1e6).toFixed(2)} MB`);
  }
}

async function buildCli(): Promise<void> {
  await build({
    entryPoints: { sada: "src/cli/sada.ts", "analysis-worker": "src/cli/analysis-worker.ts" },
    outdir: "dist/cli",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { __TEST__: "false", __FIREFOX__: "false" },
    logLevel: "warning",
  });
  log("dist/cli/sada.mjs");
}

async function buildExtension(t: (typeof TARGETS)[number], db: string): Promise<void> {
  rmSync(t.dir, { recursive: true, force: true });
  mkdirSync(t.dir, { recursive: true });
  const common: BuildOptions = {
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox140"],
    minify: !t.test,
    legalComments: "linked",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { __TEST__: String(t.test), __FIREFOX__: String(t.browser === "firefox") },
    logLevel: "warning",
  };
  await build({
    ...common,
    entryPoints: {
      background: "src/background/index.ts",
      content: "src/content/index.ts",
      popup: "src/popup/index.tsx",
      options: "src/options/index.tsx",
    },
    outdir: t.dir,
  });
  writeFileSync(join(t.dir, "popup.html"), extensionPage("popup.js"));
  writeFileSync(join(t.dir, "options.html"), extensionPage("options.js"));
  cpSync("src/ui/ui.css", join(t.dir, "ui.css"));
  cpSync("src/content/highlight.css", join(t.dir, "content.css"));
  cpSync("src/_locales", join(t.dir, "_locales"), { recursive: true });
  cpSync("icons", join(t.dir, "icons"), { recursive: true });
  mkdirSync(join(t.dir, "db"));
  cpSync(db, join(t.dir, DB_FILE.replace("dist/", "")));
  const manifest = manifestFor(rootManifest, { browser: t.browser, test: t.test, version: pkg.version });
  writeFileSync(join(t.dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  log(t.dir);
}

main().catch((e: unknown) => {
  console.error(`[build] failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
