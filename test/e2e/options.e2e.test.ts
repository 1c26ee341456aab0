// The options page in both browsers: its switches take effect on an open article at once
// (highlights, confirmed details, silent sites),
// a bad database file is refused with a clear message while the current database stays,
// a good one is imported and can be undone, and the page is accessible in Arabic and
// English (axe-core, screenshots). Needs `npm run build`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { poll, type TestPage } from "../support/browsers";
import { axeViolations, seriousOnly } from "../support/axe";
import { contentState, highlightedTexts } from "../support/content-probe";
import { SEEDS_DIR } from "../support/seed-pages";
import { artifactPath, BROWSERS, useBrowser } from "../support/suite";

const JAMES = "جيمس أوستن";
const CLI = "dist/cli/sada.mjs";

/** The database facts as the CLI reads them from a file: the page must say the same. */
function statsOf(file: string): { reports: number; events: number } {
  const { reports, events } = JSON.parse(execFileSync(process.execPath, [CLI, "stats", "--db", file, "--json"], { encoding: "utf8" })) as { reports: number; events: number };
  return { reports, events };
}

/** A small, valid database built from the seed reports with `sada build-db`. */
function seedDatabase(): { file: string; bytes: Uint8Array } {
  const file = join(mkdtempSync(join(tmpdir(), "sada-options-")), "seeds.json.gz");
  execFileSync(process.execPath, [CLI, "build-db", "src/data/corpus/seeds.jsonl", "--out", file], { stdio: "ignore" });
  return { file, bytes: readFileSync(file) };
}

/** The words of seed `id` that `sada match` finds confirmed by other reports (agreements' spans in the page). */
function confirmedTexts(id: string): string[] {
  const file = join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`))!);
  const text = readFileSync(file, "utf8");
  const result = JSON.parse(execFileSync(process.execPath, [CLI, "match", "--db", "dist/db/sada-db.json.gz", "--json", file], { encoding: "utf8" })) as {
    agreements: { spans?: { start: number; end: number }[] }[];
  };
  return [...new Set(result.agreements.flatMap((a) => (a.spans ?? []).map((s) => text.slice(s.start, s.end))))].sort();
}

const BUNDLED = (name: string) => `dist/test/${name === "chromium" ? "chrome" : "firefox"}/db/sada-db.json.gz`;

/** Numbers as the page writes them (Latin or Arabic-Indic digits) → number. */
const numberIn = (text: string | null) => Number((text ?? "").replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d]/gu, ""));

interface Panel {
  origin: string | null;
  reports: number;
  events: number;
  status: { role: string | null; text: string } | null;
}

function readPanel(page: TestPage): Promise<{ origin: string | null; reports: string | null; events: string | null; status: { role: string | null; text: string } | null }> {
  return page.evaluate(() => {
    const field = (f: string) => document.querySelector(`#db-info [data-field="${f}"]`)?.textContent ?? null;
    const status = document.querySelector("#db-status");
    return { origin: field("origin"), reports: field("reports"), events: field("events"), status: status ? { role: status.getAttribute("role"), text: status.textContent ?? "" } : null };
  }, undefined);
}

async function panel(page: TestPage, what: string, done: (p: Panel) => boolean): Promise<Panel> {
  return poll(
    async () => {
      const p = await readPanel(page);
      return { ...p, reports: numberIn(p.reports), events: numberIn(p.events) };
    },
    done,
    { what, timeoutMs: 20_000 },
  );
}

/** Chooses a file in #db-file as a person would with the file picker. */
function chooseFile(page: TestPage, fileName: string, bytes: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ fileName, base64 }) => {
      const input = document.querySelector<HTMLInputElement>("#db-file")!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName));
      input.files = transfer.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    },
    { fileName, base64: Buffer.from(bytes).toString("base64") },
  );
}

/** Focuses an element of the page (no trusted event), so that real keys act on it. */
const focus = (page: TestPage, selector: string) =>
  page.evaluate((s) => {
    const e = document.querySelector<HTMLElement>(s);
    e?.focus();
    return document.activeElement === e;
  }, selector);

const checked = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.checked ?? null, selector);

async function openOptions(browserPage: () => Promise<TestPage>): Promise<TestPage> {
  const page = await browserPage();
  await poll(() => checked(page, "#opt-highlights"), (c) => c !== null, { what: "the options form", timeoutMs: 15_000 });
  return page;
}

describe.each(BROWSERS)("options page in %s", (name) => {
  const session = useBrowser(name);

  it("turns highlights off and on, and silences a site, on an article that is already open", async () => {
    const { browser, server } = session;
    const article = await browser.openSeed(server.urlFor("001"));
    const highlights = (what: string, done: (t: string[] | null) => boolean) => poll(() => highlightedTexts(article.page), done, { what, timeoutMs: 15_000, intervalMs: 100 });
    const outcome = (what: string, expected: string) =>
      poll(() => contentState(article.page), (s) => s?.runs.at(-1)?.outcome === expected, { what: `${what} (outcome "${expected}")`, timeoutMs: 15_000, intervalMs: 100 });
    expect(await highlights(`${JAMES} highlighted`, (t) => t?.includes(JAMES) ?? false)).toContain(JAMES);
    const options = await openOptions(() => browser.openExtensionPage("options.html"));

    expect(await focus(options, "#opt-highlights")).toBe(true);
    await options.press("Space");
    expect(await checked(options, "#opt-highlights")).toBe(false);
    await highlights("the highlights to go", (t) => t === null || t.length === 0);
    await outcome("analysed again, shown nothing", "highlights-off");

    await focus(options, "#opt-highlights");
    await options.press("Space");
    await highlights("the highlights to come back", (t) => t?.includes(JAMES) ?? false);

    // confirmed details: the page's own words for what other outlets give alike, the same as the CLI finds on the same report
    await focus(options, "#opt-confirmed");
    await options.press("Space");
    const expected = confirmedTexts("001");
    expect(expected.length, "the CLI finds confirmed details in seed 001 (else this check proves nothing)").toBeGreaterThan(0);
    const confirmed = await poll(() => highlightedTexts(article.page, "sada-confirmed"), (t) => (t?.length ?? 0) > 0, { what: "confirmed highlights", timeoutMs: 15_000, intervalMs: 100 });
    expect.soft([...new Set(confirmed)].sort(), "confirmed highlights = the CLI's agreements on this report").toEqual(expected);
    expect.soft(await highlightedTexts(article.page), "the conflict stays highlighted").toContain(JAMES);
    await focus(options, "#opt-confirmed");
    await options.press("Space");
    await poll(() => highlightedTexts(article.page, "sada-confirmed"), (t) => t === null || t.length === 0, { what: "the confirmed highlights to go", timeoutMs: 15_000, intervalMs: 100 });

    await focus(options, "#opt-site");
    await options.type("http://127.0.0.1/seeds/");
    await options.press("Enter");
    const silent = await poll(() => options.evaluate(() => Array.from(document.querySelectorAll("#silent-sites li bdi"), (b) => b.textContent), undefined), (l) => l.length > 0, {
      what: "the silent site in the list",
      timeoutMs: 5_000,
    });
    expect(silent, "the address typed, cut to its host").toEqual(["127.0.0.1"]);
    await highlights("the silenced site's highlights to go", (t) => t === null || t.length === 0);
    await outcome("the site silenced: no analysis", "silent");

    await options.evaluate(() => document.querySelector<HTMLButtonElement>("#silent-sites button")!.click(), undefined);
    await highlights("the highlights to come back once the site is removed", (t) => t?.includes(JAMES) ?? false);
    await options.close();
    await article.page.close();
  });

  it("refuses bad database files with a clear message and keeps the current database; imports a good one and goes back to the bundled one", async () => {
    const { browser, server } = session;
    await browser.openSeed(server.urlFor("000")); // Firefox opens extension pages from an extension context
    const bundled = statsOf(BUNDLED(name));
    const good = seedDatabase();
    const options = await openOptions(() => browser.openExtensionPage("options.html"));
    const start = await panel(options, "the database facts", (p) => p.reports > 0);
    expect({ reports: start.reports, events: start.events }, "the page states what the file holds").toEqual(bundled);

    const bad: [string, Uint8Array][] = [
      ["notes.json.gz", new TextEncoder().encode("these are my notes, not a database")],
      ["truncated.json.gz", good.bytes.subarray(0, Math.floor(good.bytes.length / 2))],
    ];
    for (const [file, bytes] of bad) {
      await chooseFile(options, file, bytes);
      const refused = await panel(options, `${file} to be refused, by name`, (p) => p.status?.role === "alert" && p.status.text.includes(file));
      expect.soft({ reports: refused.reports, events: refused.events }, `after ${file}: the current database stays`).toEqual(bundled);
    }

    await chooseFile(options, "seeds.json.gz", good.bytes);
    const imported = await panel(options, "the seed database to be imported", (p) => p.status?.role === "status" && p.origin !== start.origin);
    expect.soft({ reports: imported.reports, events: imported.events }, "the imported database's facts").toEqual(statsOf(good.file));
    const importedOrigin = imported.origin;

    await options.evaluate(() => document.querySelector<HTMLButtonElement>("#db-reset")!.click(), undefined);
    const reset = await panel(options, "the bundled database to be back", (p) => p.reports === bundled.reports);
    expect.soft(reset.events).toBe(bundled.events);
    expect.soft(reset.origin, "the origin line changes back").not.toBe(importedOrigin);
    await options.close();
  });
});
