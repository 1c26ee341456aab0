import { outletMatchPatterns } from "../src/core/outlets.ts";

/**
 * Per-browser copies of the root manifest.json (STACK.md §2): Chrome keeps the service
 * worker and drops the Gecko settings; Firefox keeps background scripts. The version comes
 * from package.json; content-script matches come from the outlet table. Test builds also
 * run on http://127.0.0.1 (the end-to-end tests' local pages).
 */
export type BrowserName = "chrome" | "firefox";
export const TEST_ORIGIN_PATTERN = "http://127.0.0.1/*";

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { matches: string[] }[];
  browser_specific_settings?: unknown;
};

export function manifestFor(root: Manifest, o: { browser: BrowserName; test: boolean; version: string }): Manifest {
  const m: Manifest = structuredClone(root);
  m.version = o.version;
  const matches = outletMatchPatterns();
  if (o.test) matches.push(TEST_ORIGIN_PATTERN);
  m.content_scripts = m.content_scripts.map((cs) => ({ ...cs, matches }));
  if (o.browser === "chrome") {
    m.background = { service_worker: m.background.service_worker! };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: m.background.scripts! };
  }
  return m;
}
