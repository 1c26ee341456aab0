// One setup for every end-to-end file: which browsers to run (SADA_E2E_BROWSERS),
// and a browser plus a local seed server shared by the tests of one describe block.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, type BrowserName, type ExtensionBrowser, type LaunchOptions } from "./browsers";
import { startSeedServer, type SeedServer } from "./seed-server";

export const BROWSERS: BrowserName[] = (process.env.SADA_E2E_BROWSERS ?? "chromium,firefox").split(",").map((name) => {
  if (name !== "chromium" && name !== "firefox") throw new Error(`SADA_E2E_BROWSERS: unknown browser "${name}"`);
  return name;
});

/** Screenshots for people to look at: test/artifacts/<name>.png (ignored by git). */
export function artifactPath(name: string): string {
  const dir = fileURLToPath(new URL("../artifacts/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  return `${dir}${name}.png`;
}

export interface Session<S> {
  readonly browser: ExtensionBrowser;
  readonly server: S;
}

/**
 * Launches `name` and a local server (the seed server unless told) before the block's
 * tests, closes both after them.
 */
export function useBrowser(name: BrowserName, options?: LaunchOptions): Session<SeedServer>;
export function useBrowser<S extends { close(): Promise<void> }>(name: BrowserName, options: LaunchOptions, startServer: () => Promise<S>): Session<S>;
export function useBrowser(name: BrowserName, options: LaunchOptions = {}, startServer: () => Promise<{ close(): Promise<void> }> = startSeedServer): Session<unknown> {
  let browser: ExtensionBrowser | undefined;
  let server: { close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(name, options);
    console.log(`[${name}${options.locale ? `, ${options.locale}` : ""}] launch + extension install: ${browser.launchMs.toFixed(0)} ms`);
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: beforeAll failed`);
    return value;
  };
  return {
    get browser() {
      return need(browser, "the browser");
    },
    get server() {
      return need(server, "the seed server");
    },
  };
}
