// Hostile pages (RELIABILITY.md §2, adversarial pages S2, S3, R1, P3): the built test
// extension on pages from test/support/hostile-pages.ts. Nothing may run, leak, crash or
// block the page. Needs `npm run build` first.
import { describe, expect, it } from "vitest";
import { poll, sleep, type TestPage } from "../support/browsers";
import { budget, contentState, fmt, highlightedTexts, type ProbeState } from "../support/content-probe";
import { NAME, startHostileServer } from "../support/hostile-pages";
import { BROWSERS, useBrowser } from "../support/suite";
const CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u061C\uFEFF]/u;

function waitForRun(page: TestPage, what: string, timeoutMs = 20_000): Promise<ProbeState | null> {
  return poll(() => contentState(page), (s) => s !== null && s.runs.length > 0 && s.runs.at(-1)!.outcome !== "running", {
    what,
    timeoutMs,
    intervalMs: 100,
  });
}

const focusHost = (page: TestPage) =>
  page.evaluate(() => {
    const host = document.documentElement.lastElementChild as HTMLElement | null;
    if (host && host !== document.body) host.focus();
    return document.activeElement === host;
  }, undefined);

describe.each(BROWSERS)("hostile pages in %s", (name) => {
  const session = useBrowser(name, {}, startHostileServer);

  it("(a) shows script and markup payloads in page text literally, and runs none of them", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("xss"));
    const state = await waitForRun(tab.page, "the XSS page's run");
    expect(state!.runs[0]!.outcome).toBe("highlighted");
    expect(await highlightedTexts(tab.page)).toEqual([NAME]);
    expect(await focusHost(tab.page)).toBe(true);
    const open = await poll(() => contentState(tab.page), (s) => s?.tooltip?.open === true, { what: "the tooltip", timeoutMs: 5_000 });
    const quotes = open!.tooltip!.values.flatMap((v) => v.quotes).join("\n");
    // the quote around the page's own value holds the payloads, as text
    expect.soft(quotes).toContain("<img src=x onerror=");
    const page = await tab.page.evaluate(
      () => ({
        flag: (window as { __sadaXss?: unknown }).__sadaXss ?? null,
        images: document.querySelectorAll("img").length,
        scripts: document.querySelectorAll("script").length,
        svgs: document.querySelectorAll("svg").length,
      }),
      undefined,
    );
    expect(page).toEqual({ flag: null, images: 0, scripts: 0, svgs: 0 });
    await tab.page.close();
  });

  it("(b) highlights names with bidi overrides and zero-width characters inside, and shows no control character", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("bidi"));
    const state = await waitForRun(tab.page, "the bidi page's run");
    console.log(`[${name}] bidi page: ${state!.runs[0]!.outcome}, ${state!.runs[0]!.highlights} highlights`);
    const texts = (await highlightedTexts(tab.page)) ?? [];
    expect(texts.map((t) => t.replace(new RegExp(CONTROLS.source, "gu"), ""))).toContain(NAME);
    expect(await focusHost(tab.page)).toBe(true);
    const open = await poll(() => contentState(tab.page), (s) => s?.tooltip?.open === true, { what: "the tooltip", timeoutMs: 5_000 });
    const shown = open!.tooltip!.values.flatMap((v) => [v.value, ...v.outlets, ...v.quotes]);
    expect(shown.filter((s) => CONTROLS.test(s))).toEqual([]);
    await tab.page.close();
  });

  it("(c) reads a 10 MB article in short tasks and sends only the capped text", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("huge"));
    const state = await waitForRun(tab.page, "the 10 MB page's run", 60_000);
    const run = state!.runs[0]!;
    console.log(
      `[${name}] 10 MB page: gate ${fmt(run.gateMs)} ms, main thread ${fmt(run.totalMs)} ms in ${run.tasks} tasks, ` +
        `longest ${fmt(run.longestTaskMs)} ms (${run.longestTask}), ${run.chars} chars sent → ${run.outcome}`,
    );
    expect.soft(run.longestTaskMs, "no task > 50 ms").toBeLessThanOrEqual(budget(50, "longest task"));
    expect.soft(run.chars, "text capped at MAX_ARTICLE_CHARS").toBeLessThanOrEqual(200_000);
    expect.soft(run.chars).toBeGreaterThan(150_000);
    expect.soft(run.outcome).not.toMatch(/^error|running/u);
    await tab.page.close();
  });

  it("(d) works under a strict CSP with Trusted Types and causes no violation", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("csp"));
    const state = await waitForRun(tab.page, "the CSP page's run");
    expect(state!.runs[0]!.outcome).toBe("highlighted");
    expect(await highlightedTexts(tab.page)).toEqual([NAME]);
    expect(await focusHost(tab.page)).toBe(true);
    await poll(() => contentState(tab.page), (s) => s?.tooltip?.open === true, { what: "the tooltip", timeoutMs: 5_000 });
    const seen = await tab.page.evaluate(
      () => {
        const w = window as { __violations?: unknown[]; __errors?: unknown[] };
        return { listening: Array.isArray(w.__violations), violations: w.__violations ?? [], errors: w.__errors ?? [] };
      },
      undefined,
    );
    expect(seen.listening, "the page's own violation listener ran").toBe(true);
    // Firefox fetches /favicon.ico itself (source "resource"): the browser's request, not ours
    const ours = (seen.violations as { blocked?: string }[]).filter((v) => !String(v.blocked).endsWith("/favicon.ico"));
    expect(ours).toEqual([]);
    expect(seen.errors).toEqual([]);
    await tab.page.close();
  });

  it("(e) ignores page scripts that imitate Sada's messages and events", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("forge"));
    const before = await waitForRun(tab.page, "the page's own run");
    expect(before!.runs[0]!.outcome).toBe("highlighted");
    const badge = await browser.badgeText(tab.tabId);
    const forged = await tab.page.evaluate(() => {
      const text = document.querySelector("article")!.textContent ?? "";
      const fake = { type: "cs-bg/analyze-article", article: { url: location.href, text: `${text} ${text}`, truncated: false } };
      window.postMessage(fake, "*");
      window.postMessage({ type: "cs-bg/not-article", url: location.href, reason: "not-arabic" }, "*");
      document.dispatchEvent(new CustomEvent("cs-bg/analyze-article", { detail: fake }));
      document.dispatchEvent(new CustomEvent("sada:analyze", { detail: fake }));
      // a synthetic mouse over the highlighted name must not open the tooltip
      const r = (CSS.highlights.get("sada-conflict") as unknown as Set<Range> | undefined)?.values().next().value?.getBoundingClientRect();
      if (r) document.dispatchEvent(new MouseEvent("mousemove", { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true }));
      return Boolean(r);
    }, undefined);
    expect(forged, "found the highlight to hover").toBe(true);
    await sleep(2_000);
    const after = await contentState(tab.page);
    expect(after!.runs.length, "no new analysis").toBe(1);
    expect(after!.tooltip!.open, "synthetic mousemove opens nothing").toBe(false);
    expect(await highlightedTexts(tab.page)).toEqual([NAME]);
    expect(await browser.badgeText(tab.tabId)).toBe(badge);
    await tab.page.close();
  });

  it("(f) finds the story on a page without <article> (Readability on a clone) and maps it back exactly", async () => {
    const { browser, server } = session;
    const tab = await browser.openSeed(server.url("plain"));
    const state = await waitForRun(tab.page, "the plain page's run");
    const run = state!.runs[0]!;
    console.log(
      `[${name}] page without <article>: gate ${fmt(run.gateMs)} ms, main thread ${fmt(run.totalMs)} ms in ${run.tasks} tasks, ` +
        `longest ${fmt(run.longestTaskMs)} ms (${run.longestTask}) → ${run.outcome}`,
    );
    expect(run.outcome).toBe("highlighted");
    expect(await highlightedTexts(tab.page)).toEqual([NAME]);
    await tab.page.close();
  });
});
