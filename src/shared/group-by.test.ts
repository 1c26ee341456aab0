import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by.ts";

describe("groupBy", () => {
  it("keeps groups in the order their keys are first met, and items in order within each", () => {
    const grouped = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0]!);
    expect([...grouped]).toEqual([
      ["b", ["b1", "b2"]],
      ["a", ["a1", "a2"]],
      ["c", ["c1"]],
    ]);
  });
  it("gives no group for no items", () => expect(groupBy([], String).size).toBe(0));
});
