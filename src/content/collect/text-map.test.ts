import { parseHTML } from "linkedom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkText, TextWalker } from "./walk.ts";

/** The text blockText gave before it had a map: lines of collapsed, trimmed block text. */
function reference(root: Node): string {
  const lines: string[] = [];
  let line = "";
  const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL|BR)$/;
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) lines.push(t);
    line = "";
  };
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) line += c.nodeValue ?? "";
      else if (c.nodeType === 1) {
        const block = BLOCK.test((c as Element).tagName.toUpperCase());
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines.join("\n");
}

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;

describe("walkText", () => {
  it.each([
    ["<p>وزير الدفاع  الأميركي</p><p> لويد\nأوستن </p>", "وزير الدفاع الأميركي\nلويد أوستن"],
    ["<div>أ<b>ب</b> <i>ج</i><br>د</div>", "أب ج\nد"],
    ["<ul><li> واحد </li><li>اثنان</li></ul>", "واحد\nاثنان"],
    ["<p>   </p><p>x</p>", "x"],
    ["<p>a\u00A0\u00A0b</p>", "a b"],
  ])("%s → lines", (html, text) => {
    expect(walkText(body(html)).text).toBe(text);
  });

  it("maps every copied character back to its node and offset", () => {
    const root = body("<p>قال  <b>جيمس أوستن</b>\n  اليوم</p><p>ثم <i>غادر</i></p>");
    const { text, segments } = walkText(root);
    for (const s of segments) expect(s.node!.data.slice(s.offset, s.offset + s.end - s.start).replace(/\s/g, " ")).toBe(text.slice(s.start, s.end));
    // segments are sorted and disjoint
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
  });

  it("gives the same text as the old blockText on generated trees, with a consistent map", () => {
    const piece = fc.oneof(
      fc.constantFrom("قال", "لويد", "أوستن", " ", "  ", "\n", "\t", "\u00A0", "a", "1", "\u200F"),
      fc.constantFrom("<p>", "</p>", "<b>", "</b>", "<li>", "</li>", "<br>", "<span>", "</span>", "<div>", "</div>"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const root = body(parts.join(""));
        const { text, segments } = walkText(root);
        expect(text).toBe(reference(root));
        for (const s of segments) expect(s.node!.data.slice(s.offset, s.offset + s.end - s.start).replace(/\s/g, " ")).toBe(text.slice(s.start, s.end));
      }),
      { numRuns: 500 },
    );
  });

  it("resumes after a pause and stops past the limit", () => {
    const root = body(Array.from({ length: 2_000 }, (_, i) => `<p>فقرة رقم ${i}</p>`).join(""));
    const whole = walkText(root).text;
    const w = new TextWalker(root);
    let rounds = 0;
    while (!w.run(-1)) rounds++; // a deadline in the past: one batch of nodes per call
    expect(rounds).toBeGreaterThan(1);
    expect(w.finish().text).toBe(whole);
    const capped = walkText(root, { limit: 100 }).text;
    expect(capped.length).toBeGreaterThan(100);
    expect(capped.length).toBeLessThan(130);
  });
});
