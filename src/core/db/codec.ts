import { hashHex } from "../../shared/hash.ts";
import { decodeVectors, type Vectors } from "./vector-codec.ts";
import { BodySchema, DB_FORMAT, DB_FORMAT_VERSION, HeaderSchema, type Database, type DbHeader } from "./schema.ts";

/** Why a database file was refused; the message is for people. */
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
}

/** Header line, newline, body: the checksum covers the body text exactly as written. */
export function encodeDatabase(header: Omit<DbHeader, "checksum">, body: Database["body"]): string {
  const bodyText = JSON.stringify(body);
  return `${JSON.stringify({ ...header, checksum: hashHex(bodyText) })}\n${bodyText}\n`;
}

export function decodeDatabase(text: string): Database {
  const nl = text.indexOf("\n");
  if (nl < 0) throw new DatabaseError("not a Sada database: no header line");
  let rawHeader: unknown;
  try {
    rawHeader = JSON.parse(text.slice(0, nl));
  } catch {
    throw new DatabaseError("not a Sada database: the header is not JSON");
  }
  const format = (rawHeader as { format?: unknown } | null)?.format;
  const version = (rawHeader as { formatVersion?: unknown } | null)?.formatVersion;
  if (format !== DB_FORMAT) throw new DatabaseError("not a Sada database: unknown format");
  if (version !== DB_FORMAT_VERSION) {
    throw new DatabaseError(`database format version ${String(version)} is not supported (this Sada reads version ${DB_FORMAT_VERSION})`);
  }
  const header = HeaderSchema.safeParse(rawHeader);
  if (!header.success) throw new DatabaseError(`invalid database header: ${describe(header.error.issues[0])}`);
  const bodyText = text.slice(nl + 1).replace(/\n$/, "");
  if (hashHex(bodyText) !== header.data.checksum) throw new DatabaseError("database is damaged or truncated: checksum mismatch");
  let rawBody: unknown;
  try {
    rawBody = JSON.parse(bodyText);
  } catch {
    throw new DatabaseError("database is damaged: the body is not JSON");
  }
  const body = BodySchema.safeParse(rawBody);
  if (!body.success) throw new DatabaseError(`invalid database body: ${describe(body.error.issues[0])}`);
  checkReferences(header.data, body.data);
  return { header: header.data, body: body.data, vectors: unpackVectors(body.data) };
}

function describe(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}` : "unknown problem";
}

/** Cross-references zod cannot see: indexes in range, counts that agree. */
function checkReferences(header: DbHeader, body: Database["body"]): void {
  const { reports, events, features, idf } = body;
  if (features.length !== idf.length) throw new DatabaseError("invalid database body: features and idf differ in length");
  for (let i = 1; i < features.length; i++) {
    if (!(features[i - 1]! < features[i]!)) throw new DatabaseError("invalid database body: features are not sorted and unique");
  }
  if (header.counts.reports !== reports.length || header.counts.events !== events.length) {
    throw new DatabaseError("invalid database: header counts do not match the body");
  }
  reports.forEach((r, i) => {
    if (r.event >= events.length) throw new DatabaseError(`invalid database body: reports.${i}.event out of range`);
  });
  events.forEach((e, i) => {
    for (const m of e.members) {
      if (m >= reports.length || reports[m]!.event !== i) throw new DatabaseError(`invalid database body: events.${i}.members disagree with reports`);
    }
  });
}

/** The packed vectors as typed arrays; damage inside them is reported as a database error. */
export function unpackVectors(body: Database["body"]): Vectors {
  try {
    return decodeVectors(body.vectors, body.reports.length, body.features.length);
  } catch (e) {
    throw new DatabaseError(`invalid database body: vectors: ${(e as Error).message}`);
  }
}
