import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isoTime } from "./iso-time.ts";

const two = (max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(2, "0"));
const day = fc.tuple(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")), two(13), two(32)).map(([y, m, d]) => `${y}-${m}-${d}`);
const time = fc.tuple(two(25), two(61), two(61)).map(([h, m, s]) => `T${h}:${m}:${s}`);
const zone = fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-", "~"), two(25), two(61)).map(([sign, h, m]) => `${sign}${h}:${m}`));

describe("isoTime", () => {
  it("is Date.parse for days, times with offsets, and strings of their lengths that are neither", () => {
    fc.assert(
      fc.property(fc.oneof(day, fc.tuple(day, time, zone).map((p) => p.join("")), fc.string({ minLength: 10, maxLength: 10 }), fc.string({ minLength: 25, maxLength: 25 })), (s) => {
        expect(isoTime(s)).toBe(Date.parse(s));
      }),
      { numRuns: 20_000 },
    );
  });
  it.each(["2015-07-21", "2015-07-21T02:54:56+03:00", "2015-07-21T02:54:56Z", "2015-02-31", "2015-07-21T02:54:56.123+03:00", "0099-01-01", "", "yesterday"])("reads %j as Date.parse does", (s) => {
    expect(Object.is(isoTime(s), Date.parse(s))).toBe(true);
  });
});
