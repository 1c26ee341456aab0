import { describe, expect, it } from "vitest";
import { hash53, hash53Joined } from "./hash.ts";

describe("hash53", () => {
  // cyrb53's published examples (github.com/bryc/code, jshash/experimental/cyrb53.js)
  it.each([
    ["a", 7929297801672961],
    ["b", 8684336938537663],
    ["revenge", 4051478007546757],
    ["revenue", 8309097637345594],
  ])("%s → %i", (text, hash) => expect(hash53(text)).toBe(hash));
});

describe("hash53Joined", () => {
  const words = ["قال", "وزير", "الدفاع", "الأمريكي", "لويد", "أوستن", "إن"];
  it.each([
    [0, 5],
    [2, 7],
    [3, 4],
    [1, 1],
  ])("hashes words %i to %i as the joined string would be hashed", (from, to) => {
    expect(hash53Joined(words, from, to, " ")).toBe(hash53(words.slice(from, to).join(" ")));
    expect(hash53Joined(words, from, to, " ", 7)).toBe(hash53(words.slice(from, to).join(" "), 7));
  });

  it("joins by a separator of several characters as the string would be joined", () => {
    expect(hash53Joined(words, 1, 4, " - ")).toBe(hash53(words.slice(1, 4).join(" - ")));
  });

  it("tells where one word ends and the next begins", () => {
    expect(hash53Joined(["ab", "c"], 0, 2, " ")).not.toBe(hash53Joined(["a", "bc"], 0, 2, " "));
  });
});
