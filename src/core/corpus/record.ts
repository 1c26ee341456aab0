import * as z from "zod";

/**
 * One corpus record (JSON Lines, DATA.md §2). `published` is ISO 8601 with an offset;
 * `title`, `url`, `author` may be empty or null in real corpora and are then dropped.
 */
const optionalText = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === "" ? undefined : s))
  .optional();

export const CorpusRecordSchema = z.object({
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(200),
  body: z.string().min(1),
  title: optionalText,
  url: optionalText.pipe(z.url().optional()),
  // a full timestamp with offset, or a bare day when that is all the source shows
  published: optionalText.pipe(z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional()),
  author: optionalText,
});

export type CorpusRecord = z.output<typeof CorpusRecordSchema>;

export interface CorpusLineError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export type CorpusLineResult = { ok: true; record: CorpusRecord } | { ok: false; error: CorpusLineError };

/** Parses one line; the error names the file, the line and the first failing field. */
export function parseCorpusLine(text: string, file: string, line: number): CorpusLineResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { file, line, field: "(line)", message: `not valid JSON: ${(e as Error).message}` } };
  }
  const parsed = CorpusRecordSchema.safeParse(json);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    error: { file, line, field: issue.path.length ? issue.path.join(".") : "(record)", message: issue.message },
  };
}

export function formatCorpusError(e: CorpusLineError): string {
  return `${e.file}:${e.line}: field "${e.field}": ${e.message}`;
}
