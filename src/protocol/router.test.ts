import { describe, expect, it, vi } from "vitest";
import { createRouter, RouteError, type Handlers, type Sender } from "./router.ts";

const ctx = { runtimeId: "sada-id", pageUrl: (p: string) => `chrome-extension://sada-id/${p}` };
const summary = { ok: "analysed" };
function handlers(): Handlers {
  return {
    "cs-bg/analyze-article": vi.fn(async () => summary as never),
    "cs-bg/not-article": vi.fn(async () => null),
    "cs-bg/test-open-popup": vi.fn(async () => {
      throw new RouteError("not-allowed", "test builds only");
    }),
    "popup-bg/get-tab-state": vi.fn(async () => null),
    "popup-bg/analyze-tab": vi.fn(async () => null),
    "popup-bg/correct": vi.fn(async () => null),
    "popup-bg/undo-corrections": vi.fn(async () => null),
    "options-bg/get-db-info": vi.fn(async () => ({}) as never),
    "options-bg/import-db": vi.fn(async () => ({}) as never),
    "options-bg/reset-db": vi.fn(async () => ({}) as never),
    "options-bg/count-corrections": vi.fn(async () => 0),
    "options-bg/clear-corrections": vi.fn(async () => 0),
  };
}
const contentScript: Sender = { id: "sada-id", url: "https://www.aljazeera.net/news/1", tab: { id: 7 }, frameId: 0 };
const popup: Sender = { id: "sada-id", url: "chrome-extension://sada-id/popup.html?tab=7" };
const options: Sender = { id: "sada-id", url: "chrome-extension://sada-id/options.html" };
const article = { url: "https://www.aljazeera.net/news/1", text: "نص", truncated: false };

// [label, message, sender, expected error code or null when accepted]
const CASES: [string, unknown, Sender, string | null][] = [
  ["analysis from a content script", { type: "cs-bg/analyze-article", article }, contentScript, null],
  ["tab state from the popup", { type: "popup-bg/get-tab-state", tabId: 7 }, popup, null],
  // refused
  ["popup request from a content script (privileged)", { type: "popup-bg/get-tab-state", tabId: 7 }, contentScript, "forbidden-sender"],
  ["options request from the popup", { type: "options-bg/get-db-info" }, popup, "forbidden-sender"],
  ["content message from another extension", { type: "cs-bg/analyze-article", article }, { ...contentScript, id: "other" }, "forbidden-sender"],
  ["content message from a sub-frame", { type: "cs-bg/analyze-article", article }, { ...contentScript, frameId: 3 }, "forbidden-sender"],
  ["content message without a tab", { type: "cs-bg/analyze-article", article }, { id: "sada-id", url: "https://x.example/" }, "forbidden-sender"],
  ["popup lookalike page", { type: "popup-bg/get-tab-state", tabId: 7 }, { ...popup, url: "chrome-extension://sada-id/popup.html.evil" }, "forbidden-sender"],
  ["unknown type", { type: "cs-bg/delete-everything" }, contentScript, "invalid-message"],
  ["no type", { article }, contentScript, "invalid-message"],
  ["not an object", "cs-bg/analyze-article", contentScript, "invalid-message"],
  ["extra field", { type: "cs-bg/analyze-article", article, admin: true }, contentScript, "invalid-message"],
  ["oversized text", { type: "cs-bg/analyze-article", article: { ...article, text: "ا".repeat(200_001) } }, contentScript, "invalid-message"],
  ["negative tab id", { type: "popup-bg/get-tab-state", tabId: -1 }, popup, "invalid-message"],
  ["__proto__ payload", JSON.parse('{"type":"cs-bg/analyze-article","__proto__":{"x":1},"article":{"url":"u","text":"t","truncated":false}}'), contentScript, "invalid-message"],
  ["database import from the options page", { type: "options-bg/import-db", fileName: "db.json.gz", base64: "H4sI" }, options, null],
  ["database import from a content script (privileged)", { type: "options-bg/import-db", fileName: "db.json.gz", base64: "H4sI" }, contentScript, "forbidden-sender"],
  ["database import that is not base64", { type: "options-bg/import-db", fileName: "db.json.gz", base64: "<script>" }, options, "invalid-message"],
  ["a correction from the popup", { type: "popup-bg/correct", tabId: 7, correction: { kind: "wrong-event" } }, popup, null],
  ["a correction from a content script (privileged)", { type: "popup-bg/correct", tabId: 7, correction: { kind: "wrong-event" } }, contentScript, "forbidden-sender"],
  ["a correction of an unknown kind", { type: "popup-bg/correct", tabId: 7, correction: { kind: "delete-all" } }, popup, "invalid-message"],
  ["a correction with an oversized key", { type: "popup-bg/correct", tabId: 7, correction: { kind: "not-a-conflict", conflict: "e#".repeat(201) } }, popup, "invalid-message"],
  ["taking a correction back from the popup", { type: "popup-bg/undo-corrections", tabId: 7, undo: "wrong-event" }, popup, null],
  ["taking a correction back from a content script (privileged)", { type: "popup-bg/undo-corrections", tabId: 7, undo: "wrong-event" }, contentScript, "forbidden-sender"],
  ["taking back an unknown kind", { type: "popup-bg/undo-corrections", tabId: 7, undo: "everything" }, popup, "invalid-message"],
  ["counting corrections from a content script (privileged)", { type: "options-bg/count-corrections" }, contentScript, "forbidden-sender"],
  ["clearing corrections from a content script (privileged)", { type: "options-bg/clear-corrections" }, contentScript, "forbidden-sender"],
  ["clearing corrections from the options page", { type: "options-bg/clear-corrections" }, options, null],
  ["handler refusal travels as a value", { type: "cs-bg/test-open-popup" }, contentScript, "not-allowed"],
];

describe("router", () => {
  it.each(CASES)("%s", async (_label, message, sender, code) => {
    const h = handlers();
    const reply = await createRouter(h, ctx)(message, sender);
    if (code === null) expect(reply.ok).toBe(true);
    else expect(reply).toMatchObject({ ok: false, error: { code } });
  });

  it("passes the sender's tab id to content handlers", async () => {
    const h = handlers();
    await createRouter(h, ctx)({ type: "cs-bg/analyze-article", article }, contentScript);
    expect(h["cs-bg/analyze-article"]).toHaveBeenCalledWith(expect.objectContaining({ article }), expect.objectContaining({ tabId: 7 }));
  });
});
