import { readFile, rename, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeDatabase, DatabaseError, encodeDatabase } from "../core/db/codec.ts";
import type { Database } from "../core/db/schema.ts";
import { UserError } from "./user-error.ts";

/** Reads a database file (.json.gz or .json); a bad file is refused with one line. */
export async function readDatabaseFile(path: string): Promise<Database> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read database ${path}: ${e.code === "ENOENT" ? "no such file" : e.code ?? e.message}`);
  });
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch {
    throw new UserError(`${path}: damaged gzip data`);
  }
  try {
    return decodeDatabase(text);
  } catch (e) {
    if (e instanceof DatabaseError) throw new UserError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Writes atomically (temporary file, then rename): a failed write never leaves half a database. */
export async function writeDatabaseFile(path: string, db: Database): Promise<number> {
  const { checksum: _ignored, ...header } = db.header;
  const text = encodeDatabase(header, db.body);
  const data = path.endsWith(".gz") ? gzipSync(text, { level: 9 }) : Buffer.from(text);
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
  return data.length;
}
