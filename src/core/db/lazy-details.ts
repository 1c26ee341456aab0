import { DatabaseError, describeIssue } from "./database-error.ts";
import { StoredDetailsSchema, type StoredDetails } from "./schema.ts";
import { fromUtf8 } from "./utf8.ts";
import { VarintReader } from "./varint.ts";

/**
 * Reports' details, one JSON text each, parsed and checked by zod when first asked for:
 * a match needs only its event's reports, and checking 30,000 at load took a fifth of it.
 * A damaged entry throws DatabaseError when read (checkEverything reads them all).
 */
export function lazyDetails(bytes: Uint8Array, lengths: Uint8Array, reports: number): (report: number) => StoredDetails {
  const read = new VarintReader(lengths);
  const starts = new Uint32Array(reports + 1);
  for (let i = 0; i < reports; i++) starts[i + 1] = starts[i]! + read.uint();
  read.end();
  if (starts[reports] !== bytes.length) throw new Error("lengths do not add up to the section");
  const cache: (StoredDetails | undefined)[] = new Array(reports);
  return (i) => (cache[i] ??= parse(bytes.subarray(starts[i]!, starts[i + 1]!), i));
}

function parse(bytes: Uint8Array, i: number): StoredDetails {
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes));
  } catch {
    throw new DatabaseError(`invalid database body: reports.${i}.d is not JSON`);
  }
  const parsed = StoredDetailsSchema.safeParse(raw);
  if (!parsed.success) throw new DatabaseError(`invalid database body: reports.${i}.d.${describeIssue(parsed.error.issues[0])}`);
  return parsed.data;
}
