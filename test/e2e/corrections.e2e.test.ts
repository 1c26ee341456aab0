// The reader's corrections in both browsers: "not a conflict" and "this page is about
// another event", from the popup, take effect at once on the popup, the badge and the
// highlights (on every open page of the event), are counted on the options page, and
// are taken back with «show again» or by forgetting them all. Needs `npm run build`.
import { describe, expect, it } from "vitest";
import { poll, readPopup, waitForBadgeCount, waitForPopupSettled, type ExtensionBrowser, type PopupView, type TestPage } from "../support/browsers";
import { highlightedTexts } from "../support/content-probe";
import { BROWSERS, useBrowser } from "../support/suite";

const JAMES = "جيمس أوستن";
const SECRETARY = "defense_minister:US";

const popupUntil = (popup: TestPage, what: string, done: (v: PopupView) => boolean) => poll(() => readPopup(popup), done, { what, timeoutMs: 15_000, intervalMs: 100 });
const highlightsUntil = (page: TestPage, what: string, done: (t: string[]) => boolean) =>
  poll(async () => (await highlightedTexts(page)) ?? [], done, { what, timeoutMs: 15_000, intervalMs: 100 });
const badgeUntil = (browser: ExtensionBrowser, tabId: number, what: string, done: (t: string) => boolean) => poll(() => browser.badgeText(tabId), done, { what, timeoutMs: 15_000, intervalMs: 100 });
const factCount = (v: PopupView) => v.conflicts.filter((c) => c.severity === "fact").length;
/** The badge's number for what the popup shows: fact conflicts, else the related reports, else nothing. */
const badgeFor = (v: PopupView) => String(factCount(v) || v.reportIds.length || "");

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

async function correctionCount(browser: ExtensionBrowser, expected: number): Promise<void> {
  const options = await browser.openExtensionPage("options.html");
  const count = await poll(() => options.evaluate(() => document.querySelector("#corrections-count")?.getAttribute("data-count") ?? null, undefined), (c) => c === String(expected), {
    what: `${expected} correction(s) on the options page`,
    timeoutMs: 10_000,
  });
  expect(count).toBe(String(expected));
  await options.close();
}

describe.each(BROWSERS)("reader's corrections in %s", (name) => {
  const session = useBrowser(name);

  it("hides a conflict the reader says is not one, on every page of the event, and shows it again", async () => {
    const { browser, server } = session;
    const seed001 = await browser.openSeed(server.urlFor("001"));
    const seed000 = await browser.openSeed(server.urlFor("000"));
    await waitForBadgeCount(browser, seed001.tabId);
    await highlightsUntil(seed001.page, `${JAMES} highlighted`, (t) => t.includes(JAMES));
    const popup = await browser.openPopup(seed001.tabId);
    const before = await waitForPopupSettled(popup);
    expect(before.conflicts.map((c) => c.slot), "the popup shows the secretary's name as a conflict").toContain(SECRETARY);
    expect(await browser.badgeText(seed001.tabId)).toBe(badgeFor(before));

    await pressButton(popup, `li.conflict[data-slot="${SECRETARY}"] button.correct`);
    const after = await popupUntil(popup, "the conflict gone from the popup", (v) => !v.conflicts.some((c) => c.slot === SECRETARY));
    expect(after.conflicts.map((c) => c.slot), "only that conflict goes").toEqual(before.conflicts.map((c) => c.slot).filter((s) => s !== SECRETARY));
    expect(await popup.evaluate(() => document.querySelector("p.corrected #show-again") !== null, undefined), "the popup says something is hidden and offers it back").toBe(true);
    await highlightsUntil(seed001.page, "the name no longer highlighted", (t) => !t.includes(JAMES));
    await badgeUntil(browser, seed001.tabId, "the badge to count what is shown", (t) => t === badgeFor(after));
    // the other open report of the same event: same conflict, same correction
    await highlightsUntil(seed000.page, "the conflict gone from seed 000 too", (t) => !t.some((x) => x.includes("لويد")));
    await correctionCount(browser, 1);

    await pressButton(popup, "#show-again");
    const restored = await popupUntil(popup, "the conflict back in the popup", (v) => v.conflicts.some((c) => c.slot === SECRETARY));
    expect(restored.conflicts.map((c) => c.slot)).toEqual(before.conflicts.map((c) => c.slot));
    await highlightsUntil(seed001.page, "the name highlighted again", (t) => t.includes(JAMES));
    await badgeUntil(browser, seed001.tabId, "the badge back", (t) => t === badgeFor(before));
    await correctionCount(browser, 0);
    await popup.close();
    await seed000.page.close();
    await seed001.page.close();
  });

  it("leaves a page the reader says is about another event without one, and forgets it from the options page", async () => {
    const { browser, server } = session;
    const seed002 = await browser.openSeed(server.urlFor("002"));
    const badge = await waitForBadgeCount(browser, seed002.tabId);
    await highlightsUntil(seed002.page, "seed 002 highlighted", (t) => t.length > 0);
    const popup = await browser.openPopup(seed002.tabId);
    expect((await waitForPopupSettled(popup)).state).toBe("ready");

    await pressButton(popup, "#wrong-event");
    const after = await popupUntil(popup, "the popup without an event", (v) => v.state === "no-match");
    expect([after.conflicts.length, after.reportIds.length, after.agreements.length]).toEqual([0, 0, 0]);
    expect(await popup.evaluate(() => document.querySelector("p.corrected #show-again") !== null, undefined), "the popup says why and offers it back").toBe(true);
    await highlightsUntil(seed002.page, "no highlights left", (t) => t.length === 0);
    await badgeUntil(browser, seed002.tabId, "an empty badge", (t) => t === "");
    await popup.close();

    const options = await browser.openExtensionPage("options.html");
    await poll(() => options.evaluate(() => document.querySelector("#corrections-count")?.getAttribute("data-count") ?? null, undefined), (c) => c === "1", { what: "one correction", timeoutMs: 10_000 });
    await pressButton(options, "#corrections-clear");
    await poll(() => options.evaluate(() => document.querySelector("#corrections-count")?.getAttribute("data-count") ?? null, undefined), (c) => c === "0", { what: "no correction left", timeoutMs: 10_000 });
    await highlightsUntil(seed002.page, "the highlights back", (t) => t.length > 0);
    await badgeUntil(browser, seed002.tabId, "the badge back", (t) => t === badge);
    await options.close();
    await seed002.page.close();
  });
});
