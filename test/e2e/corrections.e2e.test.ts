// The reader's corrections in both browsers: "not a conflict" and "this page is about
// another event", from the popup, take effect at once on the popup, the badge and the
// highlights (on every open page of the event), are counted on the options page, and
// are taken back with «show again» or by forgetting them all. Needs `npm run build`.
import { afterEach, describe, expect, it } from "vitest";
import { poll, readPopup, waitForBadgeCount, waitForPopupSettled, type ExtensionBrowser, type PopupView, type TestPage } from "../support/browsers";
import { contentState, highlightedTexts } from "../support/content-probe";
import { artifactPath, BROWSERS, useBrowser } from "../support/suite";

const JAMES = "جيمس أوستن";
const LLOYD = "لويد";
const SECRETARY = "defense_minister:US";

const popupUntil = (popup: TestPage, what: string, done: (v: PopupView) => boolean) => poll(() => readPopup(popup), done, { what, timeoutMs: 15_000, intervalMs: 100 });
const badgeUntil = (browser: ExtensionBrowser, tabId: number, what: string, done: (t: string) => boolean) => poll(() => browser.badgeText(tabId), done, { what, timeoutMs: 15_000, intervalMs: 100 });
const factCount = (v: PopupView) => v.conflicts.filter((c) => c.severity === "fact").length;
/** The badge's number for what the popup shows: fact conflicts, else the related reports, else nothing. */
const badgeFor = (v: PopupView) => String(factCount(v) || v.reportIds.length || "");

/** How many analyses the page's content script has finished. */
async function finishedRuns(page: TestPage): Promise<number> {
  return (await contentState(page))?.runs.filter((r) => r.outcome !== "running").length ?? 0;
}

/**
 * The page's highlights once its content script has finished an analysis after the
 * `before`-th: while one runs, the highlights are briefly gone, which proves nothing.
 */
async function highlightsAfter(page: TestPage, before: number, what: string): Promise<string[]> {
  await poll(() => finishedRuns(page), (n) => n > before, { what: `a new analysis (${what})`, timeoutMs: 15_000, intervalMs: 100 });
  return (await highlightedTexts(page)) ?? [];
}

/** The first analysis's highlights, once they contain what `done` wants. */
const firstHighlights = (page: TestPage, what: string, done: (t: string[]) => boolean) =>
  poll(async () => (await highlightedTexts(page)) ?? [], done, { what, timeoutMs: 15_000, intervalMs: 100 });

/** Reaches a button with the keyboard's focus and presses Enter on it, as a keyboard user would. */
async function pressButton(page: TestPage, selector: string): Promise<void> {
  const focused = await page.evaluate((s) => {
    const button = document.querySelector<HTMLButtonElement>(s);
    button?.focus();
    return document.activeElement === button && button !== null;
  }, selector);
  expect(focused, `${selector} can take the focus`).toBe(true);
  await page.press("Enter");
}

const countOn = (options: TestPage) => options.evaluate(() => document.querySelector("#corrections-count")?.getAttribute("data-count") ?? null, undefined);
const countUntil = (options: TestPage, expected: number) => poll(() => countOn(options), (c) => c === String(expected), { what: `${expected} correction(s) on the options page`, timeoutMs: 10_000 });

describe.each(BROWSERS)("reader's corrections in %s", (name) => {
  const session = useBrowser(name);

  // a failed test must not leave its corrections to the next one
  afterEach(async () => {
    const options = await session.browser.openExtensionPage("options.html");
    const count = await poll(() => countOn(options), (c) => c !== null, { what: "the corrections count", timeoutMs: 10_000 });
    if (count !== "0") await options.evaluate(() => document.querySelector<HTMLButtonElement>("#corrections-clear")?.click(), undefined);
    await countUntil(options, 0);
    await options.close();
  });

  it("hides a conflict the reader says is not one, on every page of the event, and shows it again", async () => {
    const { browser, server } = session;
    const seed001 = await browser.openSeed(server.urlFor("001"));
    const seed000 = await browser.openSeed(server.urlFor("000"));
    await waitForBadgeCount(browser, seed001.tabId);
    await firstHighlights(seed001.page, `${JAMES} highlighted`, (t) => t.includes(JAMES));
    await firstHighlights(seed000.page, `seed 000's «${LLOYD}» highlighted`, (t) => t.some((x) => x.includes(LLOYD)));
    const popup = await browser.openPopup(seed001.tabId);
    const before = await waitForPopupSettled(popup);
    expect(before.conflicts.map((c) => c.slot), "the popup shows the secretary's name as a conflict").toContain(SECRETARY);
    expect(await browser.badgeText(seed001.tabId)).toBe(badgeFor(before));
    const runs001 = await finishedRuns(seed001.page);
    const runs000 = await finishedRuns(seed000.page);

    await pressButton(popup, `li.conflict[data-slot="${SECRETARY}"] button.correct`);
    const after = await popupUntil(popup, "the conflict gone from the popup", (v) => !v.conflicts.some((c) => c.slot === SECRETARY));
    expect(after.conflicts.map((c) => c.slot), "only that conflict goes").toEqual(before.conflicts.map((c) => c.slot).filter((s) => s !== SECRETARY));
    expect(await popup.evaluate(() => document.querySelector("p.corrected #show-again") !== null, undefined), "the popup says something is hidden and offers it back").toBe(true);
    // the popup moves the focus in the frame after it renders the change (app.tsx): wait for that frame, not for a fixed time
    await poll(() => popup.evaluate(() => document.activeElement?.id ?? null, undefined), (id) => id === "show-again", { what: "the keyboard's focus on «show again»", timeoutMs: 5_000, intervalMs: 50 });
    expect((await popup.evaluate(() => document.querySelector("#announce")?.textContent ?? "", undefined)).length, "screen readers hear what changed").toBeGreaterThan(0);
    await popup.screenshot(artifactPath(`popup-corrected-${name}`), true);
    expect(await highlightsAfter(seed001.page, runs001, "seed 001 after the correction"), "the name no longer highlighted").not.toContain(JAMES);
    // the other open report of the same event: same conflict, same correction
    expect((await highlightsAfter(seed000.page, runs000, "seed 000 after the correction")).some((x) => x.includes(LLOYD)), "seed 000 follows").toBe(false);
    await badgeUntil(browser, seed001.tabId, "the badge to count what is shown", (t) => t === badgeFor(after));
    const options = await browser.openExtensionPage("options.html");
    expect(await countUntil(options, 1)).toBe("1");

    const runsBack = await finishedRuns(seed000.page);
    // a click, not a key: the options page now has the focus of the window (Firefox sends keys only there)
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>("#show-again")?.click(), undefined);
    const restored = await popupUntil(popup, "the conflict back in the popup", (v) => v.conflicts.some((c) => c.slot === SECRETARY));
    expect(restored.conflicts.map((c) => c.slot)).toEqual(before.conflicts.map((c) => c.slot));
    await firstHighlights(seed001.page, "the name highlighted again", (t) => t.includes(JAMES));
    expect((await highlightsAfter(seed000.page, runsBack, "seed 000 after «show again»")).some((x) => x.includes(LLOYD)), "seed 000 highlights «لويد» again").toBe(true);
    await badgeUntil(browser, seed001.tabId, "the badge back", (t) => t === badgeFor(before));
    expect(await countUntil(options, 0), "the options page follows while open").toBe("0");
    await options.close();
    await popup.close();
    await seed000.page.close();
    await seed001.page.close();
  });

  it("leaves a page the reader says is about another event without one, and forgets it from the options page", async () => {
    const { browser, server } = session;
    const seed002 = await browser.openSeed(server.urlFor("002"));
    const badge = await waitForBadgeCount(browser, seed002.tabId);
    await firstHighlights(seed002.page, "seed 002 highlighted", (t) => t.length > 0);
    const popup = await browser.openPopup(seed002.tabId);
    expect((await waitForPopupSettled(popup)).state).toBe("ready");
    const runs = await finishedRuns(seed002.page);

    await pressButton(popup, "#wrong-event");
    const after = await popupUntil(popup, "the popup without an event", (v) => v.state === "no-match");
    expect([after.conflicts.length, after.reportIds.length, after.agreements.length]).toEqual([0, 0, 0]);
    expect(await popup.evaluate(() => document.querySelector("p.corrected #show-again") !== null, undefined), "the popup says why and offers it back").toBe(true);
    expect(await highlightsAfter(seed002.page, runs, "seed 002 after the correction"), "no highlights left").toEqual([]);
    await badgeUntil(browser, seed002.tabId, "an empty badge", (t) => t === "");
    await popup.close();

    const options = await browser.openExtensionPage("options.html");
    await countUntil(options, 1);
    const runsBefore = await finishedRuns(seed002.page);
    await pressButton(options, "#corrections-clear");
    await countUntil(options, 0);
    expect((await highlightsAfter(seed002.page, runsBefore, "seed 002 after forgetting")).length, "the highlights back").toBeGreaterThan(0);
    await badgeUntil(browser, seed002.tabId, "the badge back", (t) => t === badge);
    await options.close();
    await seed002.page.close();
  });
});
