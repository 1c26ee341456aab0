import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { mapCloneToLive } from "./live-map.ts";
import { walkText } from "./walk.ts";

describe("mapCloneToLive", () => {
  it("pairs every clone text node with its live original, even after the clone is rearranged", () => {
    const { document } = parseHTML("<!doctype html><html><body><nav>قائمة</nav><article><p>قال <b>جيمس أوستن</b> اليوم</p><p>ثم غادر</p></article></body></html>");
    const live = document as unknown as Document;
    const clone = live.cloneNode(true) as Document;
    const map = mapCloneToLive(live, clone);
    // what Readability does to its copy: moves and drops nodes
    const article = clone.querySelector("article")!;
    clone.querySelector("nav")!.remove();
    const content = clone.createElement("div");
    content.append(...Array.from(article.childNodes));
    const { text, segments } = walkText(content, { resolve: (n) => map.get(n) ?? null });
    expect(text).toBe("قال جيمس أوستن اليوم\nثم غادر");
    for (const s of segments) {
      expect(s.node!.ownerDocument).toBe(live);
      expect(s.node!.data.slice(s.offset, s.offset + s.end - s.start)).toBe(text.slice(s.start, s.end));
    }
    // a node the copy made up has no live counterpart
    content.append(clone.createTextNode("نص جديد"));
    expect(walkText(content, { resolve: (n) => map.get(n) ?? null }).segments.at(-1)!.node).toBeNull();
  });
});
