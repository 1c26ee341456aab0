import type { DbEvent, DbReport } from "../../src/core/db/schema.ts";
import { checksumOf } from "../../src/core/db/checksum.ts";
import { fromUtf8, utf8 } from "../../src/core/db/utf8.ts";

/** A report or event as a plain object (a decoded one reads its fields from the file's columns), for comparing and editing in tests. */
export const plainReport = ({ id, source, title, url, published, lede, event, sh, d }: DbReport): DbReport => ({
  id,
  source,
  ...(title ? { title } : {}),
  ...(url ? { url } : {}),
  ...(published ? { published } : {}),
  ...(lede ? { lede } : {}),
  event,
  sh,
  d,
});

export const plainEvent = ({ id, members, first, last }: DbEvent): DbEvent => ({ id, members, ...(first ? { first } : {}), ...(last ? { last } : {}) });

/** The database file with the first byte of `text` (where it first appears in the body) made invalid UTF-8, and the checksum made to match: only a check of that value can find the damage. */
export function withDamagedText(file: Uint8Array, text: string): Uint8Array {
  const copy = file.slice();
  const nl = copy.indexOf(0x0a);
  const bytes = utf8(text);
  const at = copy.findIndex((_, i) => i > nl && bytes.every((b, k) => copy[i + k] === b));
  if (at < 0) throw new Error(`${text} is not in the file`);
  copy[at] = 0xff;
  return withChecksum(copy);
}

/** The file with its header's checksum recomputed for its body (in place). */
export function withChecksum(file: Uint8Array): Uint8Array {
  const nl = file.indexOf(0x0a);
  file.set(utf8(fromUtf8(file.subarray(0, nl)).replace(/"checksum":"\w+"/, `"checksum":"${checksumOf(file.subarray(nl + 1))}"`)));
  return file;
}
