import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { formatCorpusError, parseCorpusLine, type CorpusLineError, type CorpusRecord } from "../core/corpus/record.ts";
import { UserError } from "./user-error.ts";

/**
 * Streams a JSON Lines corpus (optionally gzipped). A bad line stops the read with an
 * error naming file, line and field, unless `skipInvalid` is set: then it is reported
 * through `onSkip` and the rest of the corpus is kept.
 */
export async function* readCorpus(
  file: string,
  options: { skipInvalid?: boolean; onSkip?: (e: CorpusLineError) => void } = {},
): AsyncGenerator<CorpusRecord> {
  const raw = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    raw.once("open", () => resolve());
    raw.once("error", (e) => reject(new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
  });
  await opened;
  const input = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  const failed = new Promise<never>((_, reject) => {
    input.once("error", (e: Error) => reject(new UserError(`${file}: not a readable gzip file (${e.message})`)));
  });
  failed.catch(() => undefined);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const iterator = lines[Symbol.asyncIterator]();
  while (true) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done) break;
    n++;
    const line = next.value;
    if (line.trim() === "") continue;
    const parsed = parseCorpusLine(line, file, n);
    if (parsed.ok) yield parsed.record;
    else if (options.skipInvalid) options.onSkip?.(parsed.error);
    else throw new UserError(`${formatCorpusError(parsed.error)} (use --skip-invalid to skip bad records)`);
  }
}
