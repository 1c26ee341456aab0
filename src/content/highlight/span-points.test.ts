import { parseHTML } from "linkedom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkText } from "../collect/walk.ts";
import { spanPoints, type Point } from "./span-points.ts";

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;

/** The live text between two points, in document order (what a Range would hold). */
function between(root: Node, a: Point, b: Point): string {
  const texts: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) c.nodeType === 3 ? texts.push(c as Text) : walk(c);
  };
  walk(root);
  let out = "";
  for (let i = texts.indexOf(a.node); i <= texts.indexOf(b.node); i++) {
    const t = texts[i]!.data;
    out += t.slice(texts[i] === a.node ? a.offset : 0, texts[i] === b.node ? b.offset : t.length);
  }
  return out;
}

describe("spanPoints", () => {
  const root = body("<p>أجرى وزير الدفاع الأميركي، <a>لويد</a>  أوستن، اتصالا</p><p>مع جيمس أوستن</p>");
  const map = walkText(root);

  it.each(["لويد أوستن", "جيمس أوستن", "الدفاع", "أوستن، اتصالا"])("maps «%s» to live points holding it", (needle) => {
    const start = map.text.indexOf(needle);
    const p = spanPoints(map.segments, start, start + needle.length)!;
    expect(between(root, p.start, p.end).replace(/\s+/g, " ")).toBe(needle.replace(/\s+/g, " "));
  });

  it("refuses empty spans and spans without a live node", () => {
    expect(spanPoints(map.segments, 5, 5)).toBeNull();
    const cloneOnly = map.segments.map((s) => ({ ...s, node: null }));
    expect(spanPoints(cloneOnly, 0, 4)).toBeNull();
  });

  it("lands every span of generated text on its own characters", () => {
    const word = fc.constantFrom("قال", "لويد", "أوستن", "21", "جريحا", "\u200Fاسم");
    const gap = fc.constantFrom(" ", "  ", "\n", "</p><p>", "<b>", "</b>", " <i>", "</i> ");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const r = body(`<p>${parts.map(([w, g]) => w + g).join("")}</p>`);
        const m = walkText(r);
        if (!m.text) return;
        const a = x % m.text.length;
        const b = a + 1 + (y % (m.text.length - a));
        const p = spanPoints(m.segments, a, b);
        const want = m.text.slice(a, b).replace(/\s+/g, " ").trim();
        if (!p) {
          expect(want).toBe("");
          return;
        }
        // a block boundary is "\n" in our text and nothing in the DOM: compare without whitespace
        expect(between(r, p.start, p.end).replace(/\s+/g, "")).toBe(want.replace(/\s+/g, ""));
      }),
      { numRuns: 500 },
    );
  });
});
