// Firefox ESR over WebDriver BiDi with puppeteer-core (no geckodriver: STACK.md §4).
//
// Workarounds, all checked on Firefox 153 ESR:
// - BiDi will not navigate a tab to moz-extension://…/popup.html (the tab stays
//   on about:blank). The TEST build's content script listens for the document
//   event "sada:test-open-popup" and asks the background to open
//   popup.html?tab=<that tab's id> in a new tab. The first such popup, opened
//   from a throwaway tab, is then our extension context for tabs.query and
//   action.getBadgeText.
// - Puppeteer keeps reporting such a tab's URL as about:blank and
//   waitForSelector times out there: we find it and wait in it with
//   page.evaluate only.
// - The extension's UUID is random per profile: pinned with a pref, so its
//   origin is known in advance.
// - Network: BiDi network events do not include requests made by the
//   extension's background page (a probe background's fetch reached our server
//   and our proxy but raised no network.beforeRequestSent). So every
//   non-loopback request from the whole browser goes through a recording proxy
//   (nothing is expected there at all), and loopback requests are logged by the
//   seed server.
import puppeteer, { type Browser, type KeyInput, type Page } from "puppeteer-core";
import {
  poll,
  sleep,
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

// Only what the extension-page callbacks below use; they run in the popup.
declare const browser: {
  tabs: { query(queryInfo: object): Promise<Array<{ id?: number }>>; create(properties: { url: string }): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { getBackgroundPage(): Promise<unknown> };
};

const EXECUTABLE = process.env.SADA_FIREFOX ?? "/usr/bin/firefox-esr";
export const ADDON_ID = "sada@sada-reader";
const EXTENSION_UUID = "5ada0e2e-0000-4000-8000-5ada00000001";
const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
const OPEN_POPUP_EVENT = "sada:test-open-popup";
const POPUP_VIEWPORT = { width: 400, height: 600 };

function preferences(proxyPort: number, locale: UiLocale): Record<string, unknown> {
  return {
    // The UI language (browser.i18n.getUILanguage()). Arabic comes from the
    // langpack that firefox-esr-l10n-ar installs in the application scope
    // (/usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi);
    // a fresh profile uses it only if that scope is enabled and not
    // auto-disabled (checked: without either pref, or without the .xpi, the UI
    // stays en-US). Puppeteer's defaults already say so; repeated because we rely on it.
    "intl.locale.requested": locale === "ar" ? "ar" : "en-US",
    "extensions.enabledScopes": 5, // profile (1) + application (4)
    "extensions.autoDisableScopes": 0,
    "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // All traffic except loopback goes to the recorder, which refuses it.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": proxyPort,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": proxyPort,
    "network.proxy.share_proxy_settings": true,
    // Remote settings would poll Mozilla's server; honoured only with
    // MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment (set below).
    "services.settings.server": "data:,#remote-settings-dummy/v1",
    // Firefox's own captive-portal and connectivity checks (detectportal.firefox.com),
    // which 140 ESR makes at start: the browser's traffic, not the extension's.
    "network.captive-portal-service.enabled": false,
    "network.connectivity-service.enabled": false,
  };
}

export class FirefoxExtensionBrowser implements ExtensionBrowser {
  readonly name = "firefox" as const;
  readonly extensionOrigin = EXTENSION_ORIGIN;
  private readonly seedPages = new Map<number, Page>();
  /** An open extension page: the only place `browser.action` can be called from. */
  private privileged: Page | undefined;

  private constructor(
    private readonly browser: Browser,
    private readonly egress: EgressRecorder,
    readonly launchMs: number,
  ) {}

  static async launch(extensionDir: string, locale: UiLocale): Promise<FirefoxExtensionBrowser> {
    const started = performance.now();
    const egress = await startEgressRecorder();
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: "firefox",
        protocol: "webDriverBiDi",
        executablePath: EXECUTABLE,
        headless: true,
        timeout: 30_000,
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
        extraPrefsFirefox: preferences(egress.port, locale),
      });
      const id = await browser.installExtension(extensionDir);
      if (id !== ADDON_ID) throw new Error(`Installed add-on id is "${id}", expected "${ADDON_ID}" (gecko.id in manifest.json)`);
      return new FirefoxExtensionBrowser(browser, egress, performance.now() - started);
    } catch (error) {
      if (browser) await shutDown(browser);
      await egress.close();
      throw error;
    }
  }

  async openSeed(url: string): Promise<SeedTab> {
    const privileged = await this.privilegedPage(new URL("/", url).href);
    // The new tab's id is the one that was not there before (as in chromium.ts).
    const before = new Set(await tabIds(privileged));
    const page = await this.browser.newPage();
    const [tabId] = await poll(
      async () => (await tabIds(privileged)).filter((id) => !before.has(id)),
      (ids) => ids.length === 1,
      { what: `the tab id of a new page for ${url}`, timeoutMs: 5_000 },
    );
    if (tabId === undefined) throw new Error("unreachable: poll returned no tab id");
    const navigationStartedAt = performance.now();
    await page.goto(url, { waitUntil: "load", timeout: 15_000 });
    this.seedPages.set(tabId, page);
    return { page: wrap(page), tabId, navigationStartedAt };
  }

  /**
   * The extension page to call tabs/action APIs from: a popup summoned once
   * from a throwaway tab on the seed server's origin. So opening a seed never
   * opens that seed's popup, which may start an analysis itself and so hide a
   * content script that did nothing.
   */
  private async privilegedPage(bootstrapUrl: string): Promise<Page> {
    if (this.privileged) return this.privileged;
    const bootstrap = await this.browser.newPage();
    await bootstrap.goto(bootstrapUrl, { waitUntil: "load", timeout: 15_000 });
    this.privileged = (await this.summonPopup(bootstrap)).page;
    await bootstrap.close();
    return this.privileged;
  }

  async backgroundStartup(): Promise<StartupTimings> {
    if (!this.privileged) throw new Error("backgroundStartup needs an extension page: open a page with openSeed first");
    return this.privileged.evaluate(async () => {
      const page = (await browser.runtime.getBackgroundPage()) as unknown as { __sadaStartup: StartupTimings };
      return { ...page.__sadaStartup };
    });
  }

  /** Firefox's event page cannot be stopped from outside: the figures are the launch's. */
  async stopBackground(): Promise<boolean> {
    return false;
  }

  async badgeText(tabId: number): Promise<string> {
    if (!this.privileged) throw new Error("badgeText needs an extension page: open a page with openSeed first");
    return this.privileged.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
  }

  async openPopup(tabId: number): Promise<TestPage> {
    const seedPage = this.seedPages.get(tabId);
    if (!seedPage) throw new Error(`Tab ${tabId} was not opened with openSeed`);
    const popup = await this.summonPopup(seedPage, tabId);
    await popup.page.setViewport(POPUP_VIEWPORT).catch(() => undefined); // cosmetic: screenshots only
    await popup.page.bringToFront(); // focused, as a real popup is: keys act on it
    return wrap(popup.page);
  }

  /**
   * BiDi cannot navigate to moz-extension: URLs (see top), so the extension opens the page
   * itself from the privileged page, and we find the new tab by its URL.
   */
  async openExtensionPage(path: string): Promise<TestPage> {
    if (!this.privileged) throw new Error("openExtensionPage needs an extension page: open a page with openSeed first");
    const url = `${EXTENSION_ORIGIN}/${path}`;
    const known = new Set(await this.browser.pages());
    await this.privileged.evaluate((href) => browser.tabs.create({ url: href }).then(() => undefined), url);
    const page = await poll(
      async () => {
        for (const candidate of await this.browser.pages()) {
          if (known.has(candidate)) continue;
          const href = await withTimeout(candidate.evaluate(() => location.href), 2_000, "reading a new tab's URL").catch(() => "");
          const ready = await candidate.evaluate(() => document.readyState).catch(() => "");
          if (href === url && ready === "complete") return candidate;
        }
        return null;
      },
      (found) => found !== null,
      { what: `a tab showing ${url}`, timeoutMs: 15_000 },
    );
    await page!.bringToFront();
    return wrap(page!);
  }

  networkLog(): readonly NetworkRecord[] {
    return this.egress.urls().map((url): NetworkRecord => ({ source: "browser", url }));
  }

  async close(): Promise<void> {
    try {
      await shutDown(this.browser);
    } finally {
      await this.egress.close();
    }
  }

  /**
   * Dispatches the test-only event in `page` until a new popup tab appears
   * (the content script may not be listening yet right after "load"), and
   * returns it with the tab id from its ?tab= parameter.
   */
  private async summonPopup(page: Page, expectedTabId?: number): Promise<{ page: Page; tabId: number }> {
    const known = new Set(await this.browser.pages());
    const deadline = performance.now() + 15_000;
    while (performance.now() < deadline) {
      await page.evaluate((name) => document.dispatchEvent(new CustomEvent(name)), OPEN_POPUP_EVENT);
      const stopLooking = Math.min(deadline, performance.now() + 2_000);
      while (performance.now() < stopLooking) {
        for (const candidate of await this.browser.pages()) {
          if (known.has(candidate)) continue;
          const href = await withTimeout(
            candidate.evaluate(() => location.href),
            2_000,
            "reading a new tab's URL",
          ).catch(() => "");
          if (!href.startsWith(`${EXTENSION_ORIGIN}/popup.html`)) continue; // still loading: look again
          known.add(candidate);
          const tabId = Number(new URL(href).searchParams.get("tab"));
          if (Number.isInteger(tabId) && (expectedTabId === undefined || tabId === expectedTabId)) {
            return { page: candidate, tabId };
          }
        }
        await sleep(100);
      }
    }
    throw new Error(
      `No ${EXTENSION_ORIGIN}/popup.html?tab=… tab appeared within 15 s of dispatching "${OPEN_POPUP_EVENT}" ` +
        "in the page: the test build's content script must listen for it and the background must open the popup (STACK.md §4)",
    );
  }
}

export function launchFirefox(extensionDir: string, locale: UiLocale = "ar"): Promise<FirefoxExtensionBrowser> {
  return FirefoxExtensionBrowser.launch(extensionDir, locale);
}

async function tabIds(privileged: Page): Promise<number[]> {
  const tabs = await privileged.evaluate(() => browser.tabs.query({}));
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** Closes Firefox; kills its process if it does not exit in time. */
async function shutDown(browser: Browser): Promise<void> {
  const child = browser.process();
  try {
    await withTimeout(browser.close(), 15_000, "closing Firefox");
  } catch (error) {
    child?.kill("SIGKILL");
    throw error;
  }
}

function wrap(page: Page): TestPage {
  return {
    // Polling-friendly: no waitForSelector in moz-extension pages (see top).
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
      page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown),
    pointAt: (x, y) => page.mouse.move(x, y),
    // puppeteer's BiDi keyboard knows the space bar as " ", not "Space"
    press: (key) => page.keyboard.press((key === "Space" ? " " : key) as KeyInput),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    close: () => page.close(),
  };
}
