import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { VarintReader, VarintWriter } from "./varint.ts";

describe("varints", () => {
  it("read back what was written, of every length, up to 2^35", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(200), fc.nat(20_000), fc.nat(3_000_000), fc.integer({ min: 0, max: 2 ** 35 - 1 }))), (values) => {
        const out = new VarintWriter();
        for (const v of values) out.uint(v);
        const read = new VarintReader(out.finish());
        expect(values.map(() => read.uint())).toEqual(values);
        read.end();
      }),
    );
  });
  it("refuse a number cut off at the end of its section", () => {
    const out = new VarintWriter();
    out.uint(5);
    out.uint(1_000_000);
    const bytes = out.finish();
    for (let cut = 2; cut < bytes.length; cut++) {
      const read = new VarintReader(bytes.subarray(0, cut));
      expect(read.uint()).toBe(5);
      expect(() => read.uint()).toThrow("truncated");
    }
  });
});
