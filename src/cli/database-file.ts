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
    file = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipWhole(bytes) : bytes;
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

/**
 * Gunzip into one buffer of the size the gzip trailer gives (modulo 4 GB; a bad figure only
 * costs speed): zlib's default 16 KB steps and their final concatenation took a third of a load.
 */
export function gunzipWhole(gz: Uint8Array): Buffer {
  const size = gz.length >= 18 ? new DataView(gz.buffer, gz.byteOffset + gz.length - 4, 4).getUint32(0, true) : 0;
  return gunzipSync(gz, { chunkSize: Math.min(Math.max(size + 1, 64 * 1024), 2 ** 30) });
}

/** Writes atomically (temporary file, then rename): a failed write never leaves half a database. */
export async function writeDatabaseFile(path: string, file: Uint8Array): Promise<number> {
  const data = path.endsWith(".gz") ? gzipSync(file) : file;
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
  return data.length;
}
