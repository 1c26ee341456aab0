import { describe, expect, it } from "vitest";
import { OUTLETS, outletMatchPatterns, outletName, outletOfUrl } from "./outlets.ts";

const URLS: [string, string | undefined][] = [
  ["https://www.aljazeera.net/news/2024/8/6/x", "aljazeera.net"],
  ["https://aljazeera.net/", "aljazeera.net"],
  ["https://www.bbc.com/arabic/articles/c1", "bbc.com/arabic"],
  ["https://www.okaz.com.sa/news/local/1", "okaz"],
  // false positives
  ["https://www.bbc.com/news/world-1", undefined],
  ["https://notaljazeera.net/", undefined],
  ["https://aljazeera.net.evil.example/", undefined],
  ["not a url", undefined],
];

describe("outlets", () => {
  it.each(URLS)("%s → %s", (url, id) => expect(outletOfUrl(url)?.id).toBe(id));
  it("names known sources and shows unknown ones as written", () => {
    expect(outletName("okaz", "ar")).toBe("عكاظ");
    expect(outletName("example.org", "en")).toBe("example.org");
  });
  it("covers at least 30 real news sites with valid match patterns, ids sorted and unique", () => {
    const patterns = outletMatchPatterns();
    expect(patterns.length).toBeGreaterThanOrEqual(30);
    for (const p of patterns) expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]{2,}\/[a-z0-9/]*\*$/);
    const ids = OUTLETS.map((o) => o.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
