// Foundation end-to-end: the built extension in real headless Chromium and
// Firefox, on seed pages served from 127.0.0.1. Needs `npm run build` first.
// The tests in a browser's block share one browser and seed server; the last
// one checks the network log of the whole run.
import { describe, expect, it } from "vitest";
import { poll, sleep, uiLanguageOf, waitForBadgeCount, waitForPopupSettled, type NetworkRecord, type SeedTab, type StartupTimings } from "../support/browsers";
import { loadSeedPages } from "../support/seed-pages";
import { fmt } from "../support/content-probe";
import { BROWSERS, useBrowser } from "../support/suite";
/** How long the content script gets to settle on a page that should show nothing. */
const SETTLE_MS = 3_000;
/** A URL that can only be reached through the egress proxy: proves the proxy records. */
const EGRESS_CANARY = "http://sada-egress-canary.invalid/canary";

describe.each(BROWSERS)("foundation in %s", (name) => {
  const session = useBrowser(name);
  const openSettled = async (url: string): Promise<SeedTab> => {
    const { browser } = session;
    const tab = await browser.openSeed(url);
    const waited = performance.now() - tab.navigationStartedAt;
    if (waited < SETTLE_MS) await sleep(SETTLE_MS - waited);
    return tab;
  };

  it("counts seed 000's conflicting details in the badge and lists its two related reports in an RTL popup", async () => {
    const { browser, server } = session;
    const seed = await browser.openSeed(server.urlFor("000"));
    const badge = await waitForBadgeCount(browser, seed.tabId);
    console.log(`[${name}] seed 000 navigation → badge "${badge}": ${(performance.now() - seed.navigationStartedAt).toFixed(0)} ms`);

    const popup = await browser.openPopup(seed.tabId);
    const view = await waitForPopupSettled(popup);
    const uiLanguage = await uiLanguageOf(popup);
    await popup.close();

    // The browsers run with an Arabic UI (launchBrowser's default locale).
    expect.soft(uiLanguage, "getUILanguage(): needs chromium-l10n / firefox-esr-l10n-ar").toMatch(/^ar\b/u);
    expect.soft(view.lang, "popup language").toBe("ar");

    // Soft assertions: one run reports every way the result is off.
    const facts = view.conflicts.filter((c) => c.severity === "fact");
    expect.soft(facts.map((c) => c.slot), "the defense secretary's given name").toContain("defense_minister:US");
    expect.soft(badge, "badge = number of factual conflicts the popup lists").toBe(String(facts.length));
    expect.soft(view.state).toBe("ready");
    expect.soft(view.dir, "popup direction").toBe("rtl");
    expect.soft(view.reportIds).toEqual(expect.arrayContaining(["seed-001", "seed-002"]));
    expect.soft(view.reportIds, "hard negatives (another event)").not.toContain("seed-003");
    expect.soft(view.reportIds, "hard negatives (another event)").not.toContain("seed-004");
    expect.soft(new Set(view.reportIds).size, "duplicate list items").toBe(view.reportIds.length);
  });

  it("prints the background's startup figures: at launch, and (Chromium) after a cold restart of its worker", async () => {
    const { browser, server } = session;
    const seed = await browser.openSeed(server.urlFor("002"));
    await waitForBadgeCount(browser, seed.tabId);
    const launch = await poll(() => browser.backgroundStartup(), (t) => t.firstAnswerMs !== null && t.dbReadyMs !== null, { what: "the startup figures", timeoutMs: 15_000 });
    const line = (t: StartupTimings) =>
      `database ready ${fmt(t.dbReadyMs!)} ms after the worker started; first question at ${fmt(t.firstQuestionMs!)} ms, answered at ${fmt(t.firstAnswerMs!)} ms`;
    console.log(`[${name}] at launch: ${line(launch)}`);
    expect(launch.firstAnswerMs!).toBeGreaterThanOrEqual(launch.firstQuestionMs!);

    if (!(await browser.stopBackground())) return void console.log(`[${name}] cold restart: the browser has no switch to stop its background (figures above are the launch's)`);
    // the page's next route wakes the worker, which must load the database before answering
    await seed.page.evaluate((url) => void (location.href = url), server.urlFor("000"));
    const cold = await poll(() => browser.backgroundStartup(), (t) => t.firstAnswerMs !== null, { what: "the restarted worker's figures", timeoutMs: 20_000 });
    console.log(`[${name}] after a cold restart: ${line({ ...cold, dbReadyMs: cold.dbReadyMs ?? NaN })}`);
    expect(await waitForBadgeCount(browser, seed.tabId), "the restarted worker answered").toMatch(/^\d+$/u);
  });

  it("leaves the badge empty and says not-arabic on an English page", async () => {
    const { browser, server } = session;
    const english = await openSettled(`${server.origin}/english.html`);
    expect(await browser.badgeText(english.tabId)).toBe("");

    const popup = await browser.openPopup(english.tabId);
    const view = await waitForPopupSettled(popup);
    expect(view.state).toBe("not-arabic");
    expect(view.reportIds).toEqual([]);
    await popup.close();
  });

  it("ignores messages forged by the page's own scripts", async () => {
    const { browser, server } = session;
    const english = await openSettled(`${server.origin}/english.html`);
    expect(await browser.badgeText(english.tabId)).toBe("");

    // The page's main world has no messaging channel to the extension.
    const channels = await english.page.evaluate(() => {
      const scope = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return { chromeRuntime: typeof scope.chrome?.runtime?.sendMessage, browser: typeof scope.browser };
    }, undefined);
    expect(channels).toEqual({ chromeRuntime: "undefined", browser: "undefined" });

    // A page posting what looks like our content script's message, with a real
    // Arabic article in it, must not get an analysis (RELIABILITY.md T2).
    const seed000 = loadSeedPages().find((seed) => seed.id === "000");
    if (!seed000) throw new Error("seed 000 missing from test/fixtures/seeds");
    await english.page.evaluate((html) => {
      const article = new DOMParser().parseFromString(html, "text/html").querySelector("article");
      const text = article?.textContent ?? "";
      window.postMessage({ type: "cs-bg/analyze-article" }, "*");
      window.postMessage(
        { type: "cs-bg/analyze-article", article: { title: "تقرير إخباري", text, textContent: text, lang: "ar", dir: "rtl" } },
        "*",
      );
    }, seed000.html);
    await sleep(SETTLE_MS);

    expect(await browser.badgeText(english.tabId)).toBe("");
    const popup = await browser.openPopup(english.tabId);
    expect((await waitForPopupSettled(popup)).state).toBe("not-arabic");
    await popup.close();
  });

  it("makes no network request outside the extension and the local seed server", async () => {
    const { browser, server } = session;
    // Exercise every extension context first (content script, background, popup),
    // so this test stands alone; the log covers the whole run so far.
    // Whether the analysis succeeds is the first test's business, so a missing
    // badge or popup state does not stop the network check here.
    const seed = await browser.openSeed(server.urlFor("000"));
    await poll(() => browser.badgeText(seed.tabId), (text) => text !== "", {
      what: `a badge on seed 000's tab ${seed.tabId}`,
      timeoutMs: 15_000,
    }).catch(() => undefined);
    const popup = await browser.openPopup(seed.tabId);
    await waitForPopupSettled(popup).catch(() => undefined);

    // Canary: a request that must reach the egress recorder proves it is wired up.
    await seed.page.evaluate((url) => fetch(url).then(() => "sent", () => "refused"), EGRESS_CANARY);
    await poll(
      async () => browser.networkLog(),
      (log) => log.some((record) => record.source === "browser" && record.url.startsWith(EGRESS_CANARY)),
      { what: `the egress recorder to see the canary request ${EGRESS_CANARY}`, timeoutMs: 5_000 },
    );

    const log = browser.networkLog();
    const isLocal = (url: string, origin: string): boolean =>
      url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith(`blob:${origin}/`);
    const allowed = (record: NetworkRecord): boolean =>
      record.url.startsWith(EGRESS_CANARY) ||
      (record.source === "extension" && isLocal(record.url, browser.extensionOrigin)) ||
      (record.source === "web" && isLocal(record.url, server.origin));
    const extensionRequests = log.filter((record) => record.source === "extension");
    console.log(`[${name}] requests observed: ${log.length}, ${extensionRequests.length} of them by extension contexts`);
    expect.soft(log.filter((record) => !allowed(record)).map((record) => `${record.source}: ${record.url}`)).toEqual([]);
    if (name === "chromium") {
      // Per-context attribution works: the popup documents were seen as extension requests.
      expect(extensionRequests.some((record) => record.url.includes("/popup.html"))).toBe(true);
    }

    // Loopback bypasses the proxy, so the seed server is the witness there:
    // only the top-level navigations the tests made, no fetch by the extension.
    const served = server.requests();
    expect(served.length).toBeGreaterThan(0);
    const notNavigations = served.filter((request) => request.mode !== "navigate" || request.dest !== "document");
    expect(notNavigations.map((request) => `${request.method} ${request.path} (${request.mode}, ${request.dest})`)).toEqual([]);
    await popup.close();
  });
});
