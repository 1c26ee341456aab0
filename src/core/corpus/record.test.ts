import { describe, expect, it } from "vitest";
import { parseCorpusLine } from "./record.ts";

const ok = { id: "a1", source: "okaz", body: "نص الخبر" };
const GOOD: [string, object][] = [
  ["minimal", ok],
  ["full", { ...ok, title: "عنوان", url: "https://www.okaz.com.sa/news/1", published: "2015-08-06T10:00:00+03:00", author: "x" }],
  ["date-only published", { ...ok, published: "2024-08-06" }],
  ["null and empty optionals", { ...ok, title: null, url: "", author: null, published: null }],
];
const BAD: [string, string, string][] = [
  ["broken JSON", '{"id": "a1", ', "(line)"],
  ["missing id", JSON.stringify({ source: "s", body: "b" }), "id"],
  ["empty body", JSON.stringify({ ...ok, body: "" }), "body"],
  ["number source", JSON.stringify({ ...ok, source: 7 }), "source"],
  ["date without offset", JSON.stringify({ ...ok, published: "2015-08-06T10:00:00" }), "published"],
  ["not a date", JSON.stringify({ ...ok, published: "أمس" }), "published"],
  ["bad url", JSON.stringify({ ...ok, url: "not a url" }), "url"],
  ["array", "[1,2]", "(record)"],
];

describe("parseCorpusLine", () => {
  it.each(GOOD)("accepts %s", (_l, rec) => expect(parseCorpusLine(JSON.stringify(rec), "c.jsonl", 1).ok).toBe(true));
  it("drops empty optional fields", () => {
    const r = parseCorpusLine(JSON.stringify({ ...ok, title: "  ", url: null }), "c.jsonl", 1);
    expect(r.ok && r.record.title === undefined && r.record.url === undefined).toBe(true);
  });
  it.each(BAD)("rejects %s naming the field", (_l, line, field) => {
    const r = parseCorpusLine(line, "c.jsonl", 7);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ file: "c.jsonl", line: 7, field });
  });
});
