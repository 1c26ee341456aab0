import { DatabaseError, describeIssue } from "./database-error.ts";
import { fromUtf8, utf8 } from "./utf8.ts";
import { VarintReader, VarintWriter } from "./varint.ts";
import { Vocabulary } from "./vocabulary.ts";
import { decodePostings, encodePostings, type FeaturePostings } from "./vector-codec.ts";
import { lazyDetails } from "./lazy-details.ts";
import { checkColumns, EVENT_COLUMNS, REPORT_COLUMNS, type Columns } from "./columns.ts";
import {
  StoredDetailsSchema,
  SECTIONS,
  type DbBody,
  type DbEvent,
  type DbHeader,
  type DbReport,
  type SectionName,
  type StoredDetails,
} from "./schema.ts";

/** What the body holds in memory: the decoded sections. */
export interface DbContent {
  body: DbBody;
  postings: FeaturePostings;
}

/** idf values are kept to 4 decimals, stored as integers */
const IDF_SCALE = 10_000;

export function encodeBody({ body, postings }: DbContent): { bytes: Uint8Array; sections: Record<SectionName, number> } {
  const { reports, events } = body;
  const idf = new VarintWriter();
  for (const x of body.idf) idf.uint(Math.round(x * IDF_SCALE));
  const members = new VarintWriter();
  for (const e of events) {
    members.uint(e.members.length);
    for (const m of e.members) members.uint(m);
  }
  const details = reports.map((r) => {
    // a detail the reader would refuse (NaN written as null, say) must fail the build, not a match in the field
    const checked = StoredDetailsSchema.safeParse(r.d);
    if (!checked.success) throw new Error(`report ${r.id}: details.${describeIssue(checked.error.issues[0])}`);
    return utf8(JSON.stringify(r.d));
  });
  const detailLengths = new VarintWriter();
  for (const d of details) detailLengths.uint(d.length);
  const column = <T>(pick: (r: DbReport) => T) => reports.map(pick);
  const parts: Record<SectionName, Uint8Array> = {
    vocabulary: body.features.bytes,
    idf: idf.finish(),
    ...encodePostings(postings),
    reports: json({
      id: column((r) => r.id),
      source: column((r) => r.source),
      title: column((r) => r.title ?? ""),
      url: column((r) => r.url ?? ""),
      published: column((r) => r.published ?? ""),
      lede: column((r) => r.lede ?? ""),
      event: column((r) => r.event),
      sh: column((r) => r.sh),
    }),
    events: json({ id: events.map((e) => e.id), first: events.map((e) => e.first ?? ""), last: events.map((e) => e.last ?? "") }),
    members: members.finish(),
    details: concat(details),
    detailLengths: detailLengths.finish(),
  };
  return { bytes: concat(SECTIONS.map((s) => parts[s])), sections: Object.fromEntries(SECTIONS.map((s) => [s, parts[s].length])) as Record<SectionName, number> };
}

/** Throws DatabaseError, or a plain Error the caller words as damage to the body. */
export function decodeBody(header: DbHeader, bytes: Uint8Array): DbContent {
  const section = sectionsOf(header, bytes);
  const { counts } = header;
  const columns = within("reports", () => checkColumns(JSON.parse(fromUtf8(section.reports)), REPORT_COLUMNS, counts.reports));
  const eventColumns = within("events", () => checkColumns(JSON.parse(fromUtf8(section.events)), EVENT_COLUMNS, counts.events));
  const features = within("vocabulary", () => Vocabulary.read(section.vocabulary, counts.features));
  const idf = within("idf", () => readIdf(section.idf, counts.features));
  const postings = within("postings", () => decodePostings(section.postings, section.weights, counts.features, counts.reports));
  const detailsOf = within("details", () => lazyDetails(section.details, section.detailLengths, counts.reports));
  const reports = columns.id.map((_, i): DbReport => new StoredReport(columns, i, detailsOf));
  const events = within("members", () => readEvents(section.members, eventColumns, reports));
  return { body: { features, idf, idfDocuments: header.idfDocuments, reports, events }, postings };
}

/** A report as read from the file: one shape for all (absent fields are undefined), details read on first use. */
class StoredReport implements DbReport {
  id: string;
  source: string;
  title: string | undefined;
  url: string | undefined;
  published: string | undefined;
  lede: string | undefined;
  event: number;
  sh: string;
  readonly #at: number;
  readonly #details: (report: number) => StoredDetails;

  constructor(c: Columns<typeof REPORT_COLUMNS>, i: number, details: (report: number) => StoredDetails) {
    this.id = c.id[i]!;
    this.source = c.source[i]!;
    this.title = c.title[i] || undefined;
    this.url = c.url[i] || undefined;
    this.published = c.published[i] || undefined;
    this.lede = c.lede[i] || undefined;
    this.event = c.event[i]!;
    this.sh = c.sh[i]!;
    this.#at = i;
    this.#details = details;
  }

  get d(): StoredDetails {
    return this.#details(this.#at);
  }
}

function sectionsOf(header: DbHeader, bytes: Uint8Array): Record<SectionName, Uint8Array> {
  let at = 0;
  const out = {} as Record<SectionName, Uint8Array>;
  for (const name of SECTIONS) {
    out[name] = bytes.subarray(at, at + header.sections[name]);
    at += header.sections[name];
  }
  return out;
}

function within<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw e instanceof DatabaseError ? e : new DatabaseError(`invalid database body: ${name}: ${(e as Error).message}`);
  }
}

function readIdf(bytes: Uint8Array, count: number): Float64Array {
  const read = new VarintReader(bytes);
  const idf = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const k = read.uint();
    if (k === 0) throw new Error(`feature ${i}: idf is not positive`);
    idf[i] = k / IDF_SCALE;
  }
  read.end();
  return idf;
}

/** Members, checked against the reports: every report in exactly the event it names. */
function readEvents(bytes: Uint8Array, columns: Columns<typeof EVENT_COLUMNS>, reports: readonly DbReport[]): DbEvent[] {
  reports.forEach((r, i) => {
    if (r.event >= columns.id.length) throw new Error(`reports.${i}.event out of range`);
  });
  const read = new VarintReader(bytes);
  const placed = new Uint8Array(reports.length);
  const events = columns.id.map((id, e): DbEvent => {
    const size = read.uint();
    if (size === 0 || size > reports.length) throw new Error(`event ${e} has ${size} members`);
    const members: number[] = [];
    for (let k = 0; k < size; k++) {
      const m = read.uint();
      if (m >= reports.length || reports[m]!.event !== e || placed[m]) throw new Error(`events.${e}.members disagree with reports`);
      placed[m] = 1;
      members.push(m);
    }
    const event: DbEvent = { id, members };
    if (columns.first[e]) event.first = columns.first[e];
    if (columns.last[e]) event.last = columns.last[e];
    return event;
  });
  read.end();
  const unplaced = placed.indexOf(0);
  if (unplaced >= 0) throw new Error(`reports.${unplaced} is not among its event's members`);
  return events;
}

function json(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
