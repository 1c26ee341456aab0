import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering and safety rules of ARCHITECTURE.md §1 and RELIABILITY.md T1/T10, as a
 * test with a helpful message: core is pure, adapters do not import each other, no HTML
 * sinks, no code from strings, and no network code anywhere.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [p] : [];
  });
}
const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*import\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
const SRC = files("src");
const ADAPTERS = ["content", "background", "popup", "options", "cli"];

describe("layers", () => {
  it.each(files("src/core").concat(files("src/shared")))("%s stays pure (no browser, DOM, UI or Node)", (file) => {
    const bad = imports(file).filter((i) => /^(node:|webextension-polyfill|preact|@mozilla\/readability|linkedom)/.test(i) || /\/(content|background|popup|options|cli|protocol|ui)\//.test(i));
    expect(bad, `${file} imports ${bad.join(", ")}: core and shared must stay pure TypeScript`).toEqual([]);
  });
  it.each(SRC.filter((f) => ADAPTERS.some((a) => f.startsWith(`src/${a}/`))))("%s imports no other adapter", (file) => {
    const own = file.split("/")[1]!;
    const bad = imports(file).filter((i) => ADAPTERS.some((a) => a !== own && i.includes(`/${a}/`)));
    expect(bad, `${file} imports another adapter (${bad.join(", ")}): share through core or protocol`).toEqual([]);
  });
});

describe("safety", () => {
  it.each(SRC)("%s has no HTML sink, no code from strings", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text, `${file}: never write HTML from strings; use textContent or Preact`).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
    expect(text, `${file}: no eval or new Function`).not.toMatch(/\beval\(|new Function\(/);
  });
  it.each(SRC)("%s makes no network request", (file) => {
    const text = readFileSync(file, "utf8");
    const network = /XMLHttpRequest|WebSocket|sendBeacon|EventSource|\bfetch\(/g;
    const found = [...text.matchAll(network)].map((m) => m[0]);
    // the one fetch allowed: the packaged database, through runtime.getURL
    const allowed = file === "src/background/db-loader.ts" && /fetch\(browser\.runtime\.getURL\(/.test(text) ? ["fetch("] : [];
    expect(found.filter((f) => !allowed.includes(f)), `${file}: Sada makes no network request`).toEqual([]);
  });
});

describe("manifest", () => {
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
  it("asks for the narrow permissions only, with no web-accessible resources", () => {
    expect(manifest.permissions.sort()).toEqual(["activeTab", "scripting", "storage"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(["*://*/*"]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
  });
});
