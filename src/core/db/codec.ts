import { checksumOf } from "./checksum.ts";
import { DatabaseError, describeIssue } from "./database-error.ts";
import { fromUtf8, utf8 } from "./utf8.ts";
import { decodeBody, encodeBody, type DbContent } from "./body-codec.ts";
import { EVENT_COLUMNS, REPORT_COLUMNS } from "./columns.ts";
import { DB_FORMAT, DB_FORMAT_VERSION, HeaderSchema, SECTIONS, type Database, type DbEvent, type DbHeader, type DbReport } from "./schema.ts";

export { DatabaseError };

export type HeaderFields = Omit<DbHeader, "sections" | "checksum">;

/** Header line, newline, body; the header gives the sections' lengths and the body's checksum (both recomputed here). */
export function encodeDatabase({ header, body, postings }: { header: HeaderFields } & DbContent): Uint8Array {
  return withHeader(header, encodeBody({ body, postings }));
}

export function withHeader(header: HeaderFields, body: ReturnType<typeof encodeBody>): Uint8Array {
  const { sections: _s, checksum: _c, ...fields } = header as DbHeader;
  const json = utf8(JSON.stringify({ ...fields, sections: body.sections, checksum: checksumOf(body.bytes) }));
  // spaces after the JSON put the body on a 4-byte boundary, where the checksum reads it as words
  const line = new Uint8Array((json.length + 4) & ~3).fill(0x20);
  line.set(json);
  line[line.length - 1] = 0x0a;
  const file = new Uint8Array(line.length + body.bytes.length);
  file.set(line);
  file.set(body.bytes, line.length);
  return file;
}

export function decodeDatabase(file: Uint8Array): Database {
  const header = readHeader(file);
  const body = file.subarray(file.indexOf(0x0a) + 1);
  const announced = SECTIONS.reduce((s, name) => s + header.sections[name], 0);
  if (body.length !== announced) {
    throw new DatabaseError(`database is damaged or truncated: the body is ${body.length} bytes, the header announces ${announced}`);
  }
  if (checksumOf(body) !== header.checksum) throw new DatabaseError("database is damaged or truncated: checksum mismatch");
  try {
    return { header, ...decodeBody(header, body) };
  } catch (e) {
    throw e instanceof DatabaseError ? e : new DatabaseError(`invalid database body: ${(e as Error).message}`);
  }
}

/** Format and version first, so an older or newer file gets the message that explains it. */
function readHeader(file: Uint8Array): DbHeader {
  const nl = file.indexOf(0x0a);
  if (nl < 0) throw new DatabaseError("not a Sada database: no header line");
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(file.subarray(0, nl)));
  } catch {
    throw new DatabaseError("not a Sada database: the header is not JSON");
  }
  const format = (raw as { format?: unknown } | null)?.format;
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (format !== DB_FORMAT) throw new DatabaseError("not a Sada database: unknown format");
  if (version !== DB_FORMAT_VERSION) {
    throw new DatabaseError(`database format version ${String(version)} is not supported (this Sada reads version ${DB_FORMAT_VERSION})`);
  }
  const header = HeaderSchema.safeParse(raw);
  if (!header.success) throw new DatabaseError(`invalid database header: ${describeIssue(header.error.issues[0])}`);
  return header.data;
}

/** Reads every field of every report and event: what a load leaves for later, checked now (an import the reader chose). */
export function checkEverything(db: Database): void {
  const reportFields = [...Object.keys(REPORT_COLUMNS), "d"] as (keyof DbReport)[];
  for (const r of db.body.reports) for (const f of reportFields) void r[f];
  const eventFields = Object.keys(EVENT_COLUMNS) as (keyof DbEvent)[];
  for (const e of db.body.events) for (const f of eventFields) void e[f];
}
