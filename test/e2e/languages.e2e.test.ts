// Sada's interface in Arabic (right to left) and English (left to right), in both browsers:
// the popup (seed 001's conflict with who says what, the confirmed details, the related
// coverage; a real report's linked coverage by keyboard; a rising toll as a timeline), the in-page tooltip and the
// options page, each with no serious accessibility violation and a screenshot under
// test/artifacts/. Needs `npm run build`.
import { describe, expect, it } from "vitest";
import { poll, uiLanguageOf, waitForBadgeCount, waitForPopupSettled, type TestPage } from "../support/browsers";
import { axeViolations, seriousOnly } from "../support/axe";
import { contentState, fmt } from "../support/content-probe";
import { artifactPath, BROWSERS, useBrowser } from "../support/suite";

const LOCALES = ["ar", "en"] as const;
const CASES = BROWSERS.flatMap((name) => LOCALES.map((locale) => [name, locale] as const));

/** When the popup first showed an answer (its "sada:popup-ready" mark) and first painted, in ms since it began loading. */
function popupTimings(page: TestPage): Promise<{ ready: number | null; paint: number | null }> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName("sada:popup-ready")[0]?.startTime ?? null;
    const paint = performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? null;
    return { ready, paint };
  }, undefined);
}

describe.each(CASES)("interface in %s (%s)", (name, locale) => {
  const session = useBrowser(name, { locale });

  it("shows seed 001's event, the name conflict with its outlets, the confirmed details and the related reports", async () => {
    const { browser, server } = session;
    const seed = await browser.openSeed(server.urlFor("001"));
    const badge = await waitForBadgeCount(browser, seed.tabId);
    const popup = await browser.openPopup(seed.tabId);
    const view = await waitForPopupSettled(popup);
    const timings = await popupTimings(popup);
    console.log(`[${name}, ${locale}] popup first contentful paint ${timings.paint === null ? "n/a" : fmt(timings.paint)} ms, answer shown ${timings.ready === null ? "n/a" : fmt(timings.ready)} ms after it began loading`);
    const violations = await axeViolations(popup);
    const meta = await popup.evaluate(() => Array.from(document.querySelectorAll("#event-meta [data-field]"), (e) => e.getAttribute("data-field")), undefined);
    await popup.screenshot(artifactPath(`popup-${name}-${locale}`), true);
    expect.soft(await uiLanguageOf(popup), "the browser's UI language").toMatch(new RegExp(`^${locale}\\b`, "u"));
    await popup.close();

    expect.soft(view.state).toBe("ready");
    expect.soft({ lang: view.lang, dir: view.dir }).toEqual({ lang: locale, dir: locale === "ar" ? "rtl" : "ltr" });
    expect.soft(meta, "the event's reports, outlets and days").toEqual(expect.arrayContaining(["reports", "outlets"]));
    const name_ = view.conflicts.find((c) => c.slot === "defense_minister:US");
    expect(name_, "the defense secretary's name conflict").toBeDefined();
    expect.soft(name_!.severity).toBe("fact");
    const byValue = new Map(name_!.values.map((v) => [v.value, v.reports]));
    expect.soft(byValue.get("جيمس أوستن"), "this page's value").toEqual(["seed-001"]);
    expect.soft(byValue.get("لويد أوستن"), "the other outlets' value").toEqual(expect.arrayContaining(["seed-000", "seed-002"]));
    expect.soft(badge, "badge = factual conflicts listed").toBe(String(view.conflicts.filter((c) => c.severity === "fact").length));
    expect.soft(view.agreements, "details the other reports confirm").toEqual(expect.arrayContaining(["projectiles_fired=2"]));
    expect.soft(view.reportIds).toEqual(expect.arrayContaining(["seed-000", "seed-002"]));
    expect.soft(view.reportIds).not.toContain("seed-001");
    expect.soft(seriousOnly(violations), "axe: serious or critical violations").toEqual([]);
    if (violations.length) console.log(`[${name}, ${locale}] axe, minor or moderate: ${violations.map((v) => `${v.id} (${v.impact})`).join(", ")}`);
  });

  it("on a real report (SaudiNewsNet, Abha bombing) lists linked coverage that Tab reaches link by link, each with a visible focus ring", async () => {
    const { browser, server } = session;
    const report = await browser.openSeed(server.urlForReport("snn-22680"));
    await waitForBadgeCount(browser, report.tabId);
    const popup = await browser.openPopup(report.tabId);
    const view = await waitForPopupSettled(popup);
    expect(view.state).toBe("ready");
    expect.soft(view.conflicts.map((c) => c.slot), "outlets count the dead differently").toContain("killed");
    // links folded away in a closed <details> are not reachable, rightly: count those shown
    const links = await popup.evaluate(
      () => new Set(Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"), (a) => (a.checkVisibility() ? a.href : "")).filter(Boolean)).size,
      undefined,
    );
    expect(links, "related reports with links").toBeGreaterThan(0);
    const stops = await popup.evaluate(() => document.querySelectorAll("a[href], summary, button, input").length, undefined);
    const reached = new Set<string>();
    for (let i = 0; i < stops + 3; i++) {
      await popup.press("Tab");
      const focused = await popup.evaluate(() => {
        const a = document.activeElement;
        // past the last stop, Tab leaves for the browser's own controls (Firefox): nothing here is focused
        if (!a || a === document.body || !document.hasFocus()) return null;
        const style = getComputedStyle(a);
        return { link: a instanceof HTMLAnchorElement ? a.href : null, what: a.outerHTML.slice(0, 80), ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 };
      }, undefined);
      if (!focused) continue;
      expect.soft(focused.ring, `focus ring on ${focused.what}`).toBe(true);
      if (focused.link) reached.add(focused.link);
    }
    await popup.screenshot(artifactPath(`popup-real-${name}-${locale}`), true);
    await popup.close();
    expect(reached.size, `links reached with Tab (of ${stops} stops)`).toBe(links);
  });

  it("shows a toll that rose from report to report as a timeline, oldest first, not as a conflict (SaudiNewsNet, Abha bombing)", async () => {
    const { browser, server } = session;
    const report = await browser.openSeed(server.urlForReport("snn-23689"));
    await waitForBadgeCount(browser, report.tabId);
    const popup = await browser.openPopup(report.tabId);
    const view = await waitForPopupSettled(popup);
    await popup.screenshot(artifactPath(`popup-timeline-${name}-${locale}`), true);
    await popup.close();
    expect(view.state).toBe("ready");
    const killed = view.updates.find((u) => u.slot === "killed");
    expect(killed, "a timeline of the dead").toBeDefined();
    const times = killed!.steps.map((s) => Date.parse(s.published ?? ""));
    const lows = killed!.steps.map((s) => parseFloat(s.value.replace(/^≥/u, "")));
    expect.soft(times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= times[i - 1]!)), `steps oldest first: ${killed!.steps.map((s) => s.published).join(", ")}`).toBe(true);
    expect.soft(lows.every((v, i) => i === 0 || v >= lows[i - 1]!), `the toll rises: ${lows.join(" → ")}`).toBe(true);
    expect.soft(new Set(lows).size, "at least two figures").toBeGreaterThan(1);
    expect.soft(killed!.steps.map((s) => s.report), "this report is a step").toContain("snn-23689");
    expect.soft(view.conflicts.map((c) => c.slot), "a rise is not a conflict").not.toContain("killed");
  });

  it("opens the tooltip on a highlight in the reader's language", async () => {
    const { browser, server } = session;
    const seed = await browser.openSeed(server.urlFor("001"));
    await poll(() => contentState(seed.page), (s) => s?.runs[0]?.outcome === "highlighted", { what: "seed 001's highlights", timeoutMs: 15_000 });
    // the one element Sada adds: the tooltip host after <body>; focus moves to its first hotspot
    await seed.page.evaluate(() => (document.documentElement.lastElementChild as HTMLElement).focus(), undefined);
    const open = await poll(() => contentState(seed.page), (s) => s?.tooltip?.open === true, { what: "the tooltip to open", timeoutMs: 10_000 });
    await seed.page.screenshot(artifactPath(`tooltip-${name}-${locale}`));
    await seed.page.close();
    expect.soft({ lang: open!.tooltip!.lang, dir: open!.tooltip!.dir }).toEqual({ lang: locale, dir: locale === "ar" ? "rtl" : "ltr" });
    expect(open!.tooltip!.values.length, "both values").toBe(2);
  });

  it("shows the options page in the reader's language, with no serious accessibility violation", async () => {
    const { browser, server } = session;
    await browser.openSeed(server.urlFor("003")); // Firefox opens extension pages from an extension context
    const options = await browser.openExtensionPage("options.html");
    const shown = await poll(
      () => options.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, facts: document.querySelectorAll("#db-info dd").length }), undefined),
      (v) => v.facts > 0,
      { what: "the options page with the database's facts", timeoutMs: 15_000 },
    );
    const violations = await axeViolations(options);
    await options.screenshot(artifactPath(`options-${name}-${locale}`), true);
    await options.close();
    expect.soft({ lang: shown.lang, dir: shown.dir }).toEqual({ lang: locale, dir: locale === "ar" ? "rtl" : "ltr" });
    expect.soft(seriousOnly(violations), "axe: serious or critical violations").toEqual([]);
    if (violations.length) console.log(`[${name}, ${locale}] options, axe minor or moderate: ${violations.map((v) => `${v.id} (${v.impact})`).join(", ")}`);
  });
});
