import { readFile, rename, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import { decodeDatabase, DatabaseError } from "../core/db/codec.ts";
import type { Database } from "../core/db/schema.ts";
import { UserError } from "./user-error.ts";

/** Reads a database file (gzipped or not); a bad file is refused with one line. */
export async function readDatabaseFile(path: string): Promise<Database> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read database ${path}: ${e.code === "ENOENT" ? "no such file" : e.code ?? e.message}`);
  });
  let file: Uint8Array;
  try {
    file = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  } catch {
    throw new UserError(`${path}: damaged gzip data`);
  }
  try {
    return decodeDatabase(file);
  } catch (e) {
    if (e instanceof DatabaseError) throw new UserError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Writes atomically (temporary file, then rename): a failed write never leaves half a database. */
export async function writeDatabaseFile(path: string, file: Uint8Array): Promise<number> {
  const data = path.endsWith(".gz") ? gzipSync(file, { level: 9 }) : file;
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
  return data.length;
}
