import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromBase64, toBase64 } from "./base64.ts";

describe("base64", () => {
  it("round-trips any bytes and matches Node's encoding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64"));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
  // false positives: what is not base64 is refused, not half-read
  it.each(["abc", "ab!d", "ab=d", "éééé"])("refuses %j", (text) => expect(() => fromBase64(text)).toThrow());
});
