// The one interface both browser launchers implement, so each end-to-end test
// is written once and run for Chromium and Firefox with `describe.each`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import type { StartupTimings } from "../../src/background/startup-timings.ts";

export type { StartupTimings };
export type BrowserName = "chromium" | "firefox";

/** A tab the test drives: a web page or an extension page. */
export interface TestPage {
  /** Runs a self-contained function in the page (the main world for web pages). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Moves the real mouse pointer to viewport coordinates (trusted events, as a person's). */
  pointAt(x: number, y: number): Promise<void>;
  /** Presses a key on the real keyboard ("Tab", "Escape", "Space", "Enter"). */
  press(key: string): Promise<void>;
  /** Types text on the real keyboard into the focused element. */
  type(text: string): Promise<void>;
  /** The viewport, or the whole page with `fullPage` (long settings pages). */
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface SeedTab {
  page: TestPage;
  /** The browser's tabs-API id of this tab, as the extension sees it. */
  tabId: number;
  /** performance.now() just before navigation started. */
  navigationStartedAt: number;
}

export interface NetworkRecord {
  /**
   * Who asked: an extension context (worker/background or extension page), a
   * web page (content scripts included), or "browser" when the observer cannot
   * tell contexts apart (Firefox's egress proxy sees the whole browser).
   */
  source: "extension" | "web" | "browser";
  url: string;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Origin of the extension's own pages, e.g. chrome-extension://<id>. */
  readonly extensionOrigin: string;
  /** Launch plus extension install, in ms. */
  readonly launchMs: number;
  /** Opens `url` in a new tab, waits for its load event, returns it with its tab id. */
  openSeed(url: string): Promise<SeedTab>;
  /** The extension's badge text for a tab ("" when none). */
  badgeText(tabId: number): Promise<string>;
  /** Opens popup.html?tab=<tabId> in a new tab. */
  openPopup(tabId: number): Promise<TestPage>;
  /** Opens one of the extension's own pages ("options.html") in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The background's startup figures (test builds: src/background/startup-timings.ts). */
  backgroundStartup(): Promise<StartupTimings>;
  /**
   * Stops the background so the next message starts it cold (Chromium: the service worker
   * is stopped over CDP). False where the browser offers no such switch (Firefox).
   */
  stopBackground(): Promise<boolean>;
  /** Every request observed since launch (see NetworkRecord.source). */
  networkLog(): readonly NetworkRecord[];
  close(): Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Unpacked test build for a browser: dist/test/<chrome|firefox>, or
 * $SADA_E2E_DIST/<chrome|firefox> to run the same tests against another build.
 */
export function extensionDir(name: BrowserName): string {
  const base = process.env.SADA_E2E_DIST ?? join(REPO_ROOT, "dist", "test");
  const dir = join(base, name === "chromium" ? "chrome" : "firefox");
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No extension build at ${dir} (manifest.json missing): run \`npm run build\` first.`);
  }
  return dir;
}

/**
 * The browser's UI language, which the extension's interface follows
 * (src/ui/i18n.ts). Needs the Debian packages chromium-l10n and
 * firefox-esr-l10n-ar for "ar"; without them both browsers fall back to English.
 */
export type UiLocale = "ar" | "en";

export interface LaunchOptions {
  /** Default "ar": Sada is for readers of Arabic. */
  locale?: UiLocale;
}

export async function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = extensionDir(name);
  const locale = options.locale ?? "ar";
  if (name === "chromium") return (await import("./chromium")).launchChromium(dir, locale);
  return (await import("./firefox")).launchFirefox(dir, locale);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `read` until `done(value)` holds, at most `timeoutMs`. Errors thrown by
 * `read` count as "not yet" (pages may still be loading). The timeout message
 * names what was awaited and the last value or error seen.
 */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { what: string; timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const deadline = performance.now() + options.timeoutMs;
  let last = "nothing yet";
  for (;;) {
    try {
      const value = await read();
      if (done(value)) return value;
      last = JSON.stringify(value);
    } catch (error) {
      last = `error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    }
    if (performance.now() >= deadline) {
      throw new Error(`Timed out after ${options.timeoutMs} ms waiting for ${options.what}; last: ${last}`);
    }
    await sleep(options.intervalMs ?? 100);
  }
}

/** What the popup shows, read from its DOM (see the popup contract). */
export interface PopupView {
  state: string | null;
  dir: string | null;
  lang: string | null;
  reportIds: string[];
  conflicts: { slot: string; severity: string; values: { value: string; reports: string[] }[] }[];
  /** "slot=value" of each confirmed detail */
  agreements: string[];
  /** each toll timeline: its steps in the order shown */
  updates: { slot: string; steps: { value: string; published: string | null; report: string }[] }[];
}

export function readPopup(page: TestPage): Promise<PopupView> {
  return page.evaluate(() => {
    const root = document.querySelector("main#sada-popup");
    return {
      state: root?.getAttribute("data-state") ?? null,
      dir: root?.getAttribute("dir") ?? null,
      lang: root?.getAttribute("lang") ?? null,
      reportIds: Array.from(document.querySelectorAll("ol#related > li[data-report-id]"), (li) =>
        li.getAttribute("data-report-id") ?? "",
      ),
      conflicts: Array.from(document.querySelectorAll("ul#conflicts > li.conflict"), (li) => ({
        slot: li.getAttribute("data-slot") ?? "",
        severity: li.classList.contains("fact") ? "fact" : "wording",
        values: Array.from(li.querySelectorAll("li.value"), (v) => ({
          value: v.getAttribute("data-value") ?? "",
          reports: Array.from(v.querySelectorAll("li[data-report-id]"), (g) => g.getAttribute("data-report-id") ?? ""),
        })),
      })),
      agreements: Array.from(document.querySelectorAll("ul#agreements > li"), (li) => `${li.getAttribute("data-slot")}=${li.getAttribute("data-value") ?? ""}`),
      updates: Array.from(document.querySelectorAll("ul#updates > li.update"), (li) => ({
        slot: li.getAttribute("data-slot") ?? "",
        steps: Array.from(li.querySelectorAll("ol.timeline > li.step"), (step) => ({
          value: step.getAttribute("data-value") ?? "",
          published: step.querySelector("time")?.getAttribute("datetime") ?? null,
          report: step.querySelector("[data-report-id]")?.getAttribute("data-report-id") ?? "",
        })),
      })),
    };
  }, undefined);
}

/** browser.i18n.getUILanguage() in an extension page: what the interface follows. */
export function uiLanguageOf(extensionPage: TestPage): Promise<string> {
  return extensionPage.evaluate(() => {
    const scope = globalThis as { browser?: I18nScope; chrome?: I18nScope };
    return (scope.browser ?? scope.chrome)?.i18n.getUILanguage() ?? "(no i18n API: not an extension page)";
  }, undefined);
}
type I18nScope = { i18n: { getUILanguage(): string } };

/** Waits until the popup has left its "loading" state (polling: see firefox.ts). */
export function waitForPopupSettled(page: TestPage, timeoutMs = 10_000): Promise<PopupView> {
  return poll(
    () => readPopup(page),
    (view) => view.state !== null && view.state !== "loading",
    { what: 'main#sada-popup to leave data-state="loading"', timeoutMs },
  );
}

/** Waits for the analysis of a tab to finish: a number in the badge, or "!" on error. */
export function waitForBadgeCount(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return poll(() => browser.badgeText(tabId), (text) => /^(\d+|!)$/u.test(text), {
    what: `a count in the badge of tab ${tabId}`,
    timeoutMs: 15_000,
    intervalMs: 50,
  });
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A local HTTP proxy that records and refuses every request sent through it,
 * never forwarding anything. Browsers send all non-loopback traffic to it, so
 * it witnesses requests no protocol event reports (a worker's requests made
 * before the test could subscribe, Firefox's background page).
 */
export interface EgressRecorder {
  /** Value for a proxy setting: 127.0.0.1 and this port. */
  port: number;
  /** "http://host/path" for plain requests, "https://host:port" for CONNECT tunnels. */
  urls(): readonly string[];
  close(): Promise<void>;
}

const MAX_EGRESS_LOGGED = 1_000;

export async function startEgressRecorder(): Promise<EgressRecorder> {
  const urls: string[] = [];
  const record = (url: string): void => {
    if (urls.length < MAX_EGRESS_LOGGED) urls.push(url.slice(0, 300));
  };
  const server = createServer({ requestTimeout: 5_000, headersTimeout: 5_000 }, (request, response) => {
    record(request.url ?? "");
    response.writeHead(502, { "Content-Type": "text/plain" }).end("refused by the test egress recorder\n");
  });
  server.on("connect", (request, socket) => {
    record(`https://${request.url ?? ""}`);
    // a tunnel's socket is ours, not the server's: a browser that resets it on the refusal
    // (ECONNRESET) must not become an uncaught exception that fails the whole run
    socket.on("error", () => undefined);
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    urls: () => urls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Kills (SIGKILL) the processes whose command line contains `marker`, a unique
 * temp path we created: used only when a browser did not shut down cleanly, so
 * it never touches processes this run did not start. Linux only (/proc).
 */
export function killProcessesUsing(marker: string): number {
  let killed = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/u.test(entry) || Number(entry) === process.pid) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (commandLine.includes(marker)) {
        process.kill(Number(entry), "SIGKILL");
        killed++;
      }
    } catch {
      // The process ended meanwhile, or is not ours to read.
    }
  }
  return killed;
}
