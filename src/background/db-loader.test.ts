import { beforeEach, describe, expect, it, vi } from "vitest";
import { gzipSync } from "node:zlib";
import { compileDatabase } from "../core/db/compile.ts";
import { encodeDatabase } from "../core/db/codec.ts";
import { utf8 } from "../core/db/utf8.ts";
import { seedRecords } from "../../test/support/corpus.ts";
import { withDamagedText } from "../../test/support/database.ts";
import type { StoredDatabase } from "./db-store.ts";

// The loader as the worker runs it: the bundled file fetched and gunzipped with
// DecompressionStream, the reader's import kept in a store (here in memory).
vi.mock("webextension-polyfill", () => ({ default: { runtime: { getURL: (path: string) => `sada-extension://test/${path}` } } }));
const store: { imported?: StoredDatabase } = {};
vi.mock("./db-store.ts", () => ({
  readImported: async () => store.imported,
  writeImported: async (value: StoredDatabase) => void (store.imported = value),
  deleteImported: async () => void delete store.imported,
}));

const file = encodeDatabase(compileDatabase(seedRecords(), { credits: [{ sources: ["seeds.jsonl"], name: "seeds", licence: "test" }] }));
const bundled = gzipSync(file);
/** seed-001's title made invalid UTF-8: the file loads, and only reading that title finds the damage */
const damagedTitle = withDamagedText(file, "استهداف قوات");

let loader: typeof import("./db-loader.ts");
let fetches: string[];
beforeEach(async () => {
  delete store.imported;
  fetches = [];
  vi.stubGlobal("fetch", async (url: string) => {
    fetches.push(url);
    return new Response(bundled);
  });
  vi.resetModules();
  loader = await import("./db-loader.ts");
});

describe("loadDatabase", () => {
  it("reads the bundled file once, gunzipped in a stream, ready to match", async () => {
    const [a, b] = await Promise.all([loader.loadDatabase(), loader.loadDatabase()]);
    expect(a).toBe(b);
    expect(a.origin).toBe("bundled");
    expect(fetches).toEqual(["sada-extension://test/db/sada-db.json.gz"]);
    expect(a.index.byId.get("seed-003")).toBe(3);
    expect(a.index.db.body.reports[1]!.title).toContain("عين الأسد");
  });
  it("tries again after a failed load", async () => {
    vi.stubGlobal("fetch", async () => new Response(null, { status: 404 }));
    await expect(loader.loadDatabase()).rejects.toThrow("missing (404)");
    vi.stubGlobal("fetch", async () => new Response(bundled));
    expect((await loader.loadDatabase()).origin).toBe("bundled");
  });
  it("prefers a valid import, and falls back to the bundled file when the stored import no longer reads", async () => {
    store.imported = { fileName: "mine.json.gz", bytes: gzipSync(file) };
    expect((await loader.loadDatabase()).origin).toBe("imported");
    vi.resetModules();
    loader = await import("./db-loader.ts");
    store.imported = { fileName: "old.json", bytes: utf8('{"format":"sada-db","formatVersion":5}\n') };
    expect((await loader.loadDatabase()).origin).toBe("bundled");
  });
});

describe("importDatabase", () => {
  it("checks every field before it stores and swaps in the file; the database in use stays when it is refused", async () => {
    const before = await loader.loadDatabase();
    await expect(loader.importDatabase("damaged.json", damagedTitle)).rejects.toThrow("reports: title.1: is not UTF-8");
    await expect(loader.importDatabase("cut.json.gz", bundled.subarray(0, 1000))).rejects.toThrow();
    expect(store.imported).toBeUndefined();
    expect(await loader.loadDatabase()).toBe(before);
    const imported = await loader.importDatabase("mine.json", file);
    expect(imported.origin).toBe("imported");
    expect(await loader.loadDatabase()).toBe(imported);
    expect(store.imported?.fileName).toBe("mine.json");
    expect((await loader.resetDatabase()).origin).toBe("bundled");
    expect(store.imported).toBeUndefined();
  });
});
