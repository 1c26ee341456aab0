import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compileDatabase } from "./compile.ts";
import { checkEverything, DatabaseError, decodeDatabase, encodeDatabase } from "./codec.ts";
import { buildReportIndex } from "../match/report-index.ts";
import { matchArticle } from "../match/match.ts";
import { seedRecords } from "../../../test/support/corpus.ts";
import { withChecksum } from "../../../test/support/database.ts";

// Damage the checksum cannot see (a build bug, a crafted import): whatever bytes of the
// body change, the reader refuses the file, or a value when it is read, with a
// DatabaseError, never another error, and what it accepts still matches.
const seeds = seedRecords();
const good = encodeDatabase(compileDatabase(seeds, { credits: [] }));
const bodyStart = good.indexOf(0x0a) + 1;

function outcome(file: Uint8Array): string {
  try {
    const db = decodeDatabase(file);
    matchArticle(buildReportIndex(db), { text: seeds[0]!.body, url: "https://example.com/a" });
    checkEverything(db);
    return "read";
  } catch (e) {
    if (e instanceof DatabaseError) return "refused";
    throw e;
  }
}

describe("a body damaged behind a good checksum", () => {
  it("is read or refused with a DatabaseError, never crashes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: bodyStart, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (edits) => {
        const file = good.slice();
        for (const [at, byte] of edits) file[at] = byte;
        expect(["read", "refused"]).toContain(outcome(withChecksum(file)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
