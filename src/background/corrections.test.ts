import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Conflict } from "../core/conflict/types.ts";
import { conflictKey } from "../protocol/corrections.ts";
import type { AnalysisSummary, TabState } from "../protocol/results.ts";

// storage areas that answer a turn later, as the browser's do: enough for a read-then-write race to show
const areas = { local: new Map<string, unknown>(), session: new Map<string, unknown>() };
const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 1));
const area = (m: Map<string, unknown>) => ({
  get: async (key: string | null) => later(key === null ? Object.fromEntries(m) : m.has(key) ? { [key]: structuredClone(m.get(key)) } : {}),
  set: async (items: Record<string, unknown>) => later(void Object.entries(items).forEach(([k, v]) => m.set(k, structuredClone(v)))),
  remove: async (key: string) => later(void m.delete(key)),
});
const badges = new Map<number, string>();
vi.mock("webextension-polyfill", () => ({
  default: {
    storage: { local: area(areas.local), session: area(areas.session) },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => "en" },
  },
}));
const { clearCorrections, correctionCount, correctTab, undoTabCorrections, visibleStateOf } = await import("./corrections.ts");

const value = (v: string, report: string) => ({ value: v, text: v, quote: v, report, source: report });
const conflict = (slot: string, a: string, b: string): Conflict => ({ kind: "count", slot, severity: "fact", values: [value(a, "r1"), value(b, "r2")] });
const killed = conflict("killed", "3", "5");
const injured = conflict("injured", "7", "9");
const ready = (url: string, conflicts: Conflict[]): TabState => {
  const summary: AnalysisSummary = { url, source: "unknown", event: { id: "ev", title: "t", size: 3 }, related: [], self: null, conflicts, agreements: [], updates: [], truncated: false, analysisMs: 1 };
  return { status: "ready", url, summary };
};

beforeEach(() => {
  areas.local.clear();
  areas.session.clear();
  badges.clear();
  areas.session.set("tab:1", ready("https://a.example/1", [killed, injured]));
  areas.session.set("tab:2", ready("https://b.example/2", [killed]));
});

describe("corrections in the background", () => {
  it("keeps two corrections sent at once (no lost write)", async () => {
    await Promise.all([
      correctTab(1, { kind: "not-a-conflict", conflict: conflictKey("ev", killed) }),
      correctTab(1, { kind: "not-a-conflict", conflict: conflictKey("ev", injured) }),
    ]);
    expect(await correctionCount()).toBe(2);
    const state = await visibleStateOf(1);
    expect(state?.status === "ready" && state.summary.conflicts).toEqual([]);
  });

  it("updates the badge of every open tab of the event", async () => {
    await correctTab(1, { kind: "not-a-conflict", conflict: conflictKey("ev", killed) });
    expect([badges.get(1), badges.get(2)]).toEqual(["1", ""]);
    await clearCorrections();
    expect([badges.get(1), badges.get(2)]).toEqual(["2", "1"]);
  });

  it("takes back one kind only", async () => {
    await correctTab(1, { kind: "not-a-conflict", conflict: conflictKey("ev", killed) });
    await correctTab(1, { kind: "wrong-event" });
    expect((await visibleStateOf(1))?.status).toBe("no-match");
    const back = await undoTabCorrections(1, "wrong-event");
    expect(back?.status === "ready" && back.summary.conflicts.map((c) => c.slot)).toEqual(["injured"]);
  });

  // refused: nothing is stored
  const REFUSED: [string, number, Parameters<typeof correctTab>[1]][] = [
    ["a conflict the tab does not show", 2, { kind: "not-a-conflict", conflict: conflictKey("ev", injured) }],
    ["a conflict of another event", 1, { kind: "not-a-conflict", conflict: conflictKey("other", killed) }],
    ["a tab without a result", 9, { kind: "wrong-event" }],
  ];
  it.each(REFUSED)("refuses %s", async (_label, tabId, correction) => {
    await expect(correctTab(tabId, correction)).rejects.toMatchObject({ code: "not-allowed" });
    expect(await correctionCount()).toBe(0);
  });

  it("refuses a tab still being analysed for the first time", async () => {
    areas.session.set("tab:3", { status: "analysing", url: "https://c.example/" });
    await expect(correctTab(3, { kind: "wrong-event" })).rejects.toMatchObject({ code: "not-allowed" });
    await expect(undoTabCorrections(3, "wrong-event")).rejects.toMatchObject({ code: "not-allowed" });
  });
});
