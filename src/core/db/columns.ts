/**
 * The JSON columns of the `reports` and `events` sections, checked value by value with
 * plain loops: zod's per-value parse of some 300,000 values cost 40 ms of every load.
 * Each column is an array with one value per row; "" stands for absent.
 */
type Check<T> = (v: unknown) => v is T;

/** ISO 8601 day, or date-time with an offset, as the corpus schema takes them */
const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
const HEX16 = /^[0-9a-f]{16}$/;

const text = (v: unknown): v is string => typeof v === "string";
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const shortText = (v: unknown): v is string => typeof v === "string" && v.length <= 300;
const optionalDay = (v: unknown): v is string => v === "" || (typeof v === "string" && ISO_DAY.test(v));
const index = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const simhash = (v: unknown): v is string => typeof v === "string" && HEX16.test(v);

export const REPORT_COLUMNS = {
  id: nonEmpty,
  source: nonEmpty,
  title: text,
  url: text,
  published: optionalDay,
  /** first sentence or so, kept only when there is no title */
  lede: shortText,
  /** index into `events` */
  event: index,
  /** SimHash of the main text's 5-shingles: a few bits apart for the same article */
  sh: simhash,
};

export const EVENT_COLUMNS = { id: nonEmpty, first: optionalDay, last: optionalDay };

export type Columns<C> = { [K in keyof C]: C[K] extends Check<infer T> ? T[] : never };

/** Throws a plain Error naming the first bad column or value, as "field.row: problem". */
export function checkColumns<C extends Record<string, Check<unknown>>>(raw: unknown, checks: C, rows: number): Columns<C> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new Error("not an object of columns");
  const fields = Object.keys(checks);
  for (const key of Object.keys(raw)) if (!Object.hasOwn(checks, key)) throw new Error(`unknown column "${key}"`);
  for (const field of fields) {
    const values: unknown = (raw as Record<string, unknown>)[field];
    if (!Array.isArray(values)) throw new Error(`${field}: not a column`);
    if (values.length !== rows) throw new Error(`${field} has ${values.length} rows, the header counts ${rows}`);
    const ok = checks[field]!;
    for (let i = 0; i < rows; i++) if (!ok(values[i])) throw new Error(`${field}.${i}: ${JSON.stringify(values[i])?.slice(0, 40)} is not valid here`);
  }
  return raw as Columns<C>;
}
