import { EVENT_COLUMNS, REPORT_COLUMNS, TextTable } from "./columns.ts";
import { KeyIndex } from "./key-index.ts";
import { TextColumn } from "./text-column.ts";
import { VarintReader, VarintWriter } from "./varint.ts";
import type { DbEvent, DbReport, StoredDetails } from "./schema.ts";

/**
 * The `reports`, `events` and `members` sections. `reports`: the text columns of
 * REPORT_COLUMNS, then each report's event number; `events`: the text columns of
 * EVENT_COLUMNS; `members`: per event, its size and its reports. Reports and events are
 * read as views onto the columns, a text field decoded and checked when it is read; a
 * load reads the publication dates (every index needs them), event numbers and members,
 * and checks those against each other.
 */
export function writeReports(reports: readonly DbReport[]): Uint8Array {
  const out = new VarintWriter();
  TextTable.write(REPORT_COLUMNS, out, (field) => reports.map((r) => r[field] ?? ""));
  for (const r of reports) out.uint(r.event);
  return out.finish();
}

export function writeEvents(events: readonly DbEvent[]): { events: Uint8Array; members: Uint8Array } {
  const out = new VarintWriter();
  TextTable.write(EVENT_COLUMNS, out, (field) => events.map((e) => e[field] ?? ""));
  const members = new VarintWriter();
  for (const e of events) {
    members.uint(e.members.length);
    for (const m of e.members) members.uint(m);
  }
  return { events: out.finish(), members: members.finish() };
}

/** The reports' columns, read; throws a plain Error for what a load checks. */
export class StoredReports {
  readonly text: TextTable<typeof REPORT_COLUMNS>;
  readonly published: string[];
  readonly eventOf: Uint32Array;
  readonly reports: DbReport[];

  constructor(
    bytes: Uint8Array,
    rows: number,
    events: number,
    readonly details: (row: number) => StoredDetails,
  ) {
    const read = new VarintReader(bytes);
    this.text = TextTable.read("reports", REPORT_COLUMNS, read, rows);
    this.eventOf = new Uint32Array(rows);
    for (let i = 0; i < rows; i++) {
      const e = read.uint();
      if (e >= events) throw new Error(`event.${i} out of range`);
      this.eventOf[i] = e;
    }
    read.end();
    this.published = this.text.all("published");
    this.reports = Array.from({ length: rows }, (_, i) => new StoredReport(this, i));
  }
}

class StoredReport implements DbReport {
  constructor(
    readonly table: StoredReports,
    readonly row: number,
  ) {}

  get id(): string {
    return this.table.text.value("id", this.row);
  }
  get source(): string {
    return this.table.text.value("source", this.row);
  }
  get title(): string | undefined {
    return this.table.text.value("title", this.row) || undefined;
  }
  get url(): string | undefined {
    return this.table.text.value("url", this.row) || undefined;
  }
  get published(): string | undefined {
    return this.table.published[this.row] || undefined;
  }
  get lede(): string | undefined {
    return this.table.text.value("lede", this.row) || undefined;
  }
  get sh(): string {
    return this.table.text.value("sh", this.row);
  }
  get event(): number {
    return this.table.eventOf[this.row]!;
  }
  get d(): StoredDetails {
    return this.table.details(this.row);
  }
}

/** Events and their members (every report in exactly the event it names); throws a plain Error naming what disagrees. */
export function readEvents(bytes: Uint8Array, memberBytes: Uint8Array, count: number, eventOf: Uint32Array): DbEvent[] {
  const read = new VarintReader(bytes);
  const text = TextTable.read("events", EVENT_COLUMNS, read, count);
  read.end();
  const members = new VarintReader(memberBytes);
  const starts = new Uint32Array(count + 1);
  const order = new Uint32Array(eventOf.length);
  const placed = new Uint8Array(eventOf.length);
  let n = 0;
  for (let e = 0; e < count; e++) {
    const size = members.uint();
    if (size === 0 || size > eventOf.length - n) throw new Error(`event ${e} has ${size} members`);
    for (let k = 0; k < size; k++) {
      const m = members.uint();
      if (m >= eventOf.length || eventOf[m] !== e || placed[m]) throw new Error(`events.${e}.members disagree with reports`);
      placed[m] = 1;
      order[n++] = m;
    }
    starts[e + 1] = n;
  }
  members.end();
  const unplaced = placed.indexOf(0);
  if (unplaced >= 0) throw new Error(`reports.${unplaced} is not among its event's members`);
  const stored = { text, starts, order };
  return Array.from({ length: count }, (_, e) => new StoredEvent(stored, e));
}

class StoredEvent implements DbEvent {
  constructor(
    private readonly table: { text: TextTable<typeof EVENT_COLUMNS>; starts: Uint32Array; order: Uint32Array },
    private readonly e: number,
  ) {}

  get id(): string {
    return this.table.text.value("id", this.e);
  }
  get first(): string | undefined {
    return this.table.text.value("first", this.e) || undefined;
  }
  get last(): string | undefined {
    return this.table.text.value("last", this.e) || undefined;
  }
  get members(): number[] {
    return Array.from(this.table.order.subarray(this.table.starts[this.e]!, this.table.starts[this.e + 1]!));
  }
}

/**
 * Reports by a field's value (the first that has it): over the stored column when these
 * are a file's reports in their order (nothing decoded), else over the values encoded now.
 */
export function reportLookup(reports: readonly DbReport[], field: "id" | "url"): KeyIndex {
  const first = reports[0];
  const stored =
    first instanceof StoredReport &&
    first.table.reports.length === reports.length &&
    reports.every((r, i) => r instanceof StoredReport && r.table === first.table && r.row === i);
  const column = stored ? first.table.text.column(field) : TextColumn.from(reports.map((r) => r[field] ?? ""));
  return new KeyIndex(column, (row) => reports[row]![field]);
}
