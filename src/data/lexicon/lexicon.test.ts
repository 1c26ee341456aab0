import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Canonical form of the gazetteers (ARCHITECTURE.md §8.5): what the README's editing rules promise. */
const dir = new URL(".", import.meta.url);
// the gazetteers of this README; outlets.json and generated tables have their own rules
const files = ["agencies.json", "organizations.json", "people.json", "places.json"];
const read = (f: string) => readFileSync(new URL(f, dir), "utf8");

describe.each(files)("lexicon %s", (file) => {
  const text = read(file);
  const rows = JSON.parse(text) as { id: string; within?: string[]; aliases?: string[] }[];

  it("is formatted canonically (2-space JSON, final newline, no \\r)", () => {
    expect(text).not.toContain("\r");
    expect(JSON.stringify(rows, null, 2) + "\n").toBe(text);
  });
  it("is sorted by id, ids unique and snake_case", () => {
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });
  it("has no duplicate aliases within a row", () => {
    for (const r of rows) if (r.aliases) expect(new Set(r.aliases).size).toBe(r.aliases.length);
  });
});

describe("places hierarchy", () => {
  const places = JSON.parse(read("places.json")) as { id: string; within: string[] }[];
  const ids = new Set(places.map((p) => p.id));
  it("every `within` id exists", () => {
    for (const p of places) for (const w of p.within) expect(ids.has(w), `${p.id} within ${w}`).toBe(true);
  });
  it("has no containment cycle", () => {
    const parents = new Map(places.map((p) => [p.id, p.within]));
    for (const p of places) {
      const seen = new Set<string>();
      const queue = [...p.within];
      while (queue.length) {
        const q = queue.shift()!;
        expect(q).not.toBe(p.id);
        if (seen.has(q)) continue;
        seen.add(q);
        queue.push(...(parents.get(q) ?? []));
      }
    }
  });
});
