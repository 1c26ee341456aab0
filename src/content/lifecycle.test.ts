import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isInvalidated, startLifecycle } from "./lifecycle.ts";

/** Just what startLifecycle touches: a location, window events and timers, a body to observe. */
function fakePage(href: string) {
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  const navigation = new EventTarget();
  Object.assign(win, { setInterval, clearInterval, setTimeout, clearTimeout, navigation });
  const doc = { location: { href }, defaultView: win, body: {}, documentElement: {} } as unknown as Document;
  return { doc, win, navigation, go: (url: string) => ((doc.location as { href: string }).href = url) };
}

let mutate: () => void = () => undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    "MutationObserver",
    class {
      constructor(private readonly cb: () => void) {}
      observe() {
        mutate = this.cb;
      }
      disconnect() {
        mutate = () => undefined;
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("startLifecycle", () => {
  it("analyses once at start and once per new route, after the page settles, aborting the old article first", async () => {
    const page = fakePage("https://news.example/a");
    const signals: AbortSignal[] = [];
    const life = startLifecycle(page.doc, { alive: () => true, run: async (s) => void signals.push(s) });
    expect(signals.length).toBe(1);

    page.go("https://news.example/b");
    page.navigation.dispatchEvent(new Event("navigatesuccess"));
    page.win.dispatchEvent(new Event("popstate")); // the same change seen twice
    expect(signals[0]!.aborted, "old highlights go at once").toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    mutate(); // the SPA is still rendering: wait on
    await vi.advanceTimersByTimeAsync(200);
    expect(signals.length).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(signals.length).toBe(2);
    await vi.advanceTimersByTimeAsync(5_000); // polls find nothing new
    expect(signals.length).toBe(2);

    page.go("https://news.example/b#comments"); // a fragment is not a new article
    await vi.advanceTimersByTimeAsync(5_000);
    expect(signals.length).toBe(2);

    page.go("https://news.example/c"); // seen by polling alone
    await vi.advanceTimersByTimeAsync(1_500);
    expect(signals.length).toBe(3);
    life.stop();
    expect(signals.every((s) => s.aborted)).toBe(true);
    page.go("https://news.example/d");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(signals.length, "nothing after stop").toBe(3);
  });

  it("stops quietly when the extension context is invalidated", async () => {
    const page = fakePage("https://news.example/a");
    let alive = true;
    const signals: AbortSignal[] = [];
    startLifecycle(page.doc, {
      alive: () => alive,
      run: async (s) => {
        signals.push(s);
        throw new Error("Extension context invalidated.");
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(signals[0]!.aborted).toBe(true);
    alive = false;
    page.go("https://news.example/b");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(signals.length).toBe(1);
  });

  it("restart() aborts the current article and analyses again at once; after stop() it does nothing", async () => {
    const page = fakePage("https://news.example/a");
    const signals: AbortSignal[] = [];
    const life = startLifecycle(page.doc, { alive: () => true, run: async (s) => void signals.push(s) });
    life.restart();
    expect(signals.length).toBe(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    life.stop();
    life.restart();
    expect(signals.length).toBe(2);
    expect(signals[1]!.aborted).toBe(true);
  });

  it.each([
    [new Error("Extension context invalidated."), true],
    ["Error: Extension context invalidated.", true],
    [new Error("Could not establish connection. Receiving end does not exist."), false],
  ])("isInvalidated(%s) = %s", (e, want) => {
    expect(isInvalidated(e)).toBe(want);
  });
});
