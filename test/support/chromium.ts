// Debian Chromium, headless, with the unpacked extension loaded (STACK.md §3).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Request, type Worker } from "playwright-core";
import {
  killProcessesUsing,
  poll,
  startEgressRecorder,
  withTimeout,
  type EgressRecorder,
  type ExtensionBrowser,
  type NetworkRecord,
  type SeedTab,
  type StartupTimings,
  type TestPage,
  type UiLocale,
} from "./browsers";

// Only what the service-worker callbacks below use; they run in the worker.
declare const chrome: {
  tabs: { query(queryInfo: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

const EXECUTABLE = process.env.SADA_CHROMIUM ?? "/usr/bin/chromium";
const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * Two network witnesses: Playwright's request events attribute requests to
 * the worker or page that made them, but miss the worker's first requests
 * (made before launchPersistentContext returns: checked with a probe); the
 * egress proxy misses nothing that leaves the machine, but cannot attribute.
 *
 * Endpoints Chromium itself calls on this Debian build with no extension
 * involved (seen with an empty probe extension): an on-demand component update
 * check, Google sign-in (the package ships Google API keys) and, since Debian's
 * Chromium 150, the Google Cloud Messaging check-in (android.clients.google.com,
 * seen on about:blank with an empty extension). The extension has no business
 * with any of them, so the egress check leaves them out.
 */
const CHROMIUM_OWN_ENDPOINTS = [
  "https://update.googleapis.com:443",
  "http://update.googleapis.com/",
  "https://accounts.google.com:443",
  "https://android.clients.google.com:443",
];

function flags(extensionDir: string, proxyPort: number): string[] {
  return [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    // Loopback (the seed server) bypasses the proxy; everything else is recorded.
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Chromium on Linux takes its UI language from the environment, not from
 * --lang (ignored there) nor Playwright's `locale` (which only emulates
 * navigator.language in pages: the service worker still said "en-US"). LANGUAGE
 * wins over LC_ALL and LANG; the UI is Arabic only if locales/ar.pak exists
 * (package chromium-l10n), else Chromium silently uses en-US.
 */
function localeEnvironment(locale: UiLocale): NodeJS.ProcessEnv {
  const env = { ...process.env };
  // The developer's own locale must not leak into the browser's.
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  return locale === "ar" ? { ...env, LANGUAGE: "ar", LANG: "ar_SA.UTF-8" } : { ...env, LANGUAGE: "en_US", LANG: "en_US.UTF-8" };
}

interface RawRequest {
  url: string;
  /** URL of the worker or document that made the request. */
  initiator: string;
}

export class ChromiumExtensionBrowser implements ExtensionBrowser {
  readonly name = "chromium" as const;
  private readonly openedTabs = new Map<string, number>();

  private constructor(
    private readonly context: BrowserContext,
    private readonly profileDir: string,
    private readonly egress: EgressRecorder,
    /** Filled by a listener attached right after launch. */
    private readonly requests: readonly RawRequest[],
    readonly extensionOrigin: string,
    readonly launchMs: number,
  ) {}

  static async launch(extensionDir: string, locale: UiLocale): Promise<ChromiumExtensionBrowser> {
    const started = performance.now();
    const egress = await startEgressRecorder();
    const profileDir = await mkdtemp(join(tmpdir(), "sada-chromium-"));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(profileDir, {
        executablePath: EXECUTABLE,
        headless: false, // --headless=new in the flags does it (STACK.md §3)
        args: flags(extensionDir, egress.port),
        env: localeEnvironment(locale),
        timeout: 30_000,
      });
      const requests: RawRequest[] = [];
      context.on("request", (request) => requests.push({ url: request.url(), initiator: initiatorOf(request) }));
      const worker =
        context.serviceWorkers().find(isExtensionWorker) ??
        (await context.waitForEvent("serviceworker", { predicate: isExtensionWorker, timeout: 15_000 }));
      // URL.origin is "null" for chrome-extension: URLs; the host is the extension id.
      const origin = `chrome-extension://${new URL(worker.url()).host}`;
      return new ChromiumExtensionBrowser(context, profileDir, egress, requests, origin, performance.now() - started);
    } catch (error) {
      await context?.close().catch(() => undefined);
      killProcessesUsing(profileDir);
      await rm(profileDir, { recursive: true, force: true });
      await egress.close();
      throw error;
    }
  }

  /** The running extension service worker (it stops after 30 s idle: STACK.md, RELIABILITY.md §5). */
  private worker(): Worker {
    // the newest: Playwright keeps listing a worker stopped by stopBackground
    const worker = this.context.serviceWorkers().filter((w) => w.url().startsWith(`${this.extensionOrigin}/`)).at(-1);
    if (!worker) throw new Error("The extension's service worker is not running");
    return worker;
  }

  private async tabIds(): Promise<number[]> {
    const tabs = await this.worker().evaluate(() => chrome.tabs.query({}));
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  }

  /**
   * Tab id of an open URL. chrome.tabs.query only shows URLs to an extension
   * with the "tabs" permission or host access, so tabs opened by openSeed are
   * also remembered by URL.
   */
  async tabIdFor(url: string): Promise<number> {
    const tabs = await this.worker().evaluate(() => chrome.tabs.query({}));
    const visible = tabs.find((tab) => tab.url === url || tab.pendingUrl === url)?.id;
    const id = visible ?? this.openedTabs.get(url);
    if (id === undefined) throw new Error(`No tab found for ${url}`);
    return id;
  }

  async openSeed(url: string): Promise<SeedTab> {
    // The new tab's id is the one that was not there before: needs no "tabs" permission.
    const before = new Set(await this.tabIds());
    const page = await this.context.newPage();
    const [tabId] = await poll(
      async () => (await this.tabIds()).filter((id) => !before.has(id)),
      (ids) => ids.length === 1,
      { what: `the tab id of a new page for ${url}`, timeoutMs: 5_000 },
    );
    if (tabId === undefined) throw new Error("unreachable: poll returned no tab id");
    const navigationStartedAt = performance.now();
    await page.goto(url, { waitUntil: "load", timeout: 15_000 });
    this.openedTabs.set(url, tabId);
    return { page: wrap(page), tabId, navigationStartedAt };
  }

  async backgroundStartup(): Promise<StartupTimings> {
    const worker = await poll(async () => this.worker(), () => true, { what: "the extension's service worker", timeoutMs: 10_000 });
    return worker.evaluate(() => (globalThis as unknown as { __sadaStartup: StartupTimings }).__sadaStartup);
  }

  /**
   * Stops the service worker with chrome://serviceworker-internals' own Stop button (CDP's
   * ServiceWorker.stopAllWorkers and Target.closeTarget left it running here).
   */
  async stopBackground(): Promise<boolean> {
    const page = await this.context.newPage();
    try {
      await page.goto("chrome://serviceworker-internals/", { waitUntil: "load", timeout: 15_000 });
      const status = () => page.evaluate(() => /Running Status: (\w+)/u.exec(document.body.innerText)?.[1] ?? "");
      await poll(() => page.evaluate(() => document.body.innerText), (text) => text.includes("Running Status"), { what: "the worker's entry", timeoutMs: 10_000 });
      if (!(await page.evaluate(() => document.body.innerText)).includes(`Scope: ${this.extensionOrigin}/`)) throw new Error("serviceworker-internals does not list Sada's worker");
      await page.getByText("Stop", { exact: true }).first().click();
      await poll(status, (s) => s === "STOPPED", { what: "the service worker to stop", timeoutMs: 10_000 });
      return true;
    } finally {
      await page.close();
    }
  }

  badgeText(tabId: number): Promise<string> {
    return this.worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  async openPopup(tabId: number): Promise<TestPage> {
    const page = await this.context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`${this.extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: "load", timeout: 15_000 });
    return wrap(page);
  }

  async openExtensionPage(path: string): Promise<TestPage> {
    const page = await this.context.newPage();
    await page.goto(`${this.extensionOrigin}/${path}`, { waitUntil: "load", timeout: 15_000 });
    return wrap(page);
  }

  networkLog(): readonly NetworkRecord[] {
    // chrome:// pages are the browser's own, opened by the harness (stopBackground): no network
    const observed = this.requests.filter((request) => !request.url.startsWith("chrome://")).map(
      (request): NetworkRecord => ({
        source: request.initiator.startsWith(`${this.extensionOrigin}/`) ? "extension" : "web",
        url: request.url,
      }),
    );
    const egress = this.egress
      .urls()
      .filter((url) => !CHROMIUM_OWN_ENDPOINTS.some((own) => url.startsWith(own)))
      .map((url): NetworkRecord => ({ source: "browser", url }));
    return [...observed, ...egress];
  }

  async close(): Promise<void> {
    try {
      await withTimeout(this.context.close(), 15_000, "closing Chromium");
    } finally {
      killProcessesUsing(this.profileDir);
      await rm(this.profileDir, { recursive: true, force: true });
      await this.egress.close();
    }
  }
}

export function launchChromium(extensionDir: string, locale: UiLocale = "ar"): Promise<ChromiumExtensionBrowser> {
  return ChromiumExtensionBrowser.launch(extensionDir, locale);
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith("chrome-extension://");
}

/**
 * Who made a request. A navigation is attributed to the document it loads (the
 * frame still shows the previous one); Playwright reports service-worker
 * requests on the context, with the worker attached.
 */
function initiatorOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  if (request.isNavigationRequest()) return request.url();
  try {
    return request.frame().url();
  } catch {
    return "";
  }
}

function wrap(page: Page): TestPage {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    pointAt: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
}
