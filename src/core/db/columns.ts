import { DatabaseError } from "./database-error.ts";
import { TextColumn } from "./text-column.ts";
import type { VarintReader, VarintWriter } from "./varint.ts";

/**
 * The text columns of the `reports` and `events` sections (text-column.ts), in the order
 * of their checks below, each value checked when it is read: a load reads only the few
 * every load needs (`all`), a match the few rows it shows, an import all of them
 * (`checkAll`). "" stands for absent.
 */
type Check = (v: string) => boolean;

/** ISO 8601 day, or date-time with an offset, as the corpus schema takes them */
const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;
const HEX16 = /^[0-9a-f]{16}$/;

const text: Check = () => true;
const nonEmpty: Check = (v) => v.length > 0;
const shortText: Check = (v) => v.length <= 300;
const optionalDay: Check = (v) => v === "" || ISO_DAY.test(v);
const simhash: Check = (v) => HEX16.test(v);

export const REPORT_COLUMNS = {
  id: nonEmpty,
  source: nonEmpty,
  title: text,
  url: text,
  published: optionalDay,
  /** first sentence or so, kept only when there is no title */
  lede: shortText,
  /** SimHash of the main text's 5-shingles: a few bits apart for the same article */
  sh: simhash,
};

export const EVENT_COLUMNS = { id: nonEmpty, first: optionalDay, last: optionalDay };

export class TextTable<C extends Record<string, Check>> {
  /** values read so far, by column */
  private readonly read: Partial<Record<keyof C, (string | undefined)[]>> = {};

  private constructor(
    /** the section, for messages */
    private readonly section: string,
    private readonly checks: C,
    private readonly columns: Record<keyof C, TextColumn>,
  ) {}

  /** Throws a plain Error when the section ends before the columns do. */
  static read<C extends Record<string, Check>>(section: string, checks: C, read: VarintReader, rows: number): TextTable<C> {
    const columns = {} as Record<keyof C, TextColumn>;
    for (const field of Object.keys(checks) as (keyof C)[]) columns[field] = TextColumn.read(read, rows);
    return new TextTable(section, checks, columns);
  }

  static write<C extends Record<string, Check>>(checks: C, out: VarintWriter, values: (field: keyof C) => string[]): void {
    for (const field of Object.keys(checks)) TextColumn.from(values(field)).write(out);
  }

  column(field: keyof C): TextColumn {
    return this.columns[field];
  }

  /** The value, checked (and kept: a match reads an event's members' fields over and over); throws DatabaseError naming the field and row. */
  value(field: keyof C & string, row: number): string {
    const read = (this.read[field] ??= new Array<string | undefined>(this.columns[field].length));
    const known = read[row];
    if (known !== undefined) return known;
    let v: string;
    try {
      v = this.columns[field].at(row);
    } catch {
      throw this.invalid(field, row, "is not UTF-8");
    }
    if (!this.checks[field]!(v)) throw this.invalid(field, row, `${JSON.stringify(v).slice(0, 40)} is not valid here`);
    return (read[row] = v);
  }

  /** Every value of a column, checked (a column every load reads). */
  all(field: keyof C & string): string[] {
    let values: string[];
    try {
      values = this.columns[field].all();
    } catch {
      values = [];
    }
    const ok = this.checks[field]!;
    for (let row = 0; row < this.columns[field].length; row++) if (values[row] === undefined || !ok(values[row]!)) values[row] = this.value(field, row);
    return values;
  }

  checkAll(): void {
    for (const field of Object.keys(this.checks)) for (let row = 0; row < this.columns[field]!.length; row++) this.value(field, row);
  }

  private invalid(field: string, row: number, problem: string): DatabaseError {
    return new DatabaseError(`invalid database body: ${this.section}: ${field}.${row}: ${problem}`);
  }
}
