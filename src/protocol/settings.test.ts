import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, isSilenced, normalizeHost, parseSettings } from "./settings.ts";

describe("settings", () => {
  it("reads valid settings", () => {
    const s = { highlights: false, confirmed: true, silentSites: ["example.com"] };
    expect(parseSettings(s)).toEqual(s);
  });
  // false positives: anything a page-side script might have written falls back to defaults
  it.each([[undefined], [null], ["x"], [{ highlights: "yes" }], [{ ...DEFAULT_SETTINGS, silentSites: ["<script>"] }]])("falls back on %j", (bad) => {
    expect(parseSettings(bad)).toEqual(DEFAULT_SETTINGS);
  });
  it.each([
    ["https://www.Example.com/news/1", "example.com"],
    ["aljazeera.net", "aljazeera.net"],
    ["  sub.site.org  ", "sub.site.org"],
    ["localhost", null],
    ["not a host!", null],
    ["", null],
  ])("normalizeHost(%j) = %j", (input, host) => expect(normalizeHost(input)).toBe(host));
  it("silences a site and its subdomains only", () => {
    const s = { ...DEFAULT_SETTINGS, silentSites: ["example.com"] };
    expect(isSilenced("example.com", s)).toBe(true);
    expect(isSilenced("news.example.com", s)).toBe(true);
    expect(isSilenced("notexample.com", s)).toBe(false);
  });
});
