import { DatabaseError, describeIssue } from "./database-error.ts";
import { utf8 } from "./utf8.ts";
import { VarintReader, VarintWriter } from "./varint.ts";
import { Vocabulary } from "./vocabulary.ts";
import { decodePostings, encodePostings, type FeaturePostings } from "./vector-codec.ts";
import { lazyDetails } from "./lazy-details.ts";
import { readFurniture, writeFurniture } from "./furniture-codec.ts";
import { readEvents, StoredReports, writeEvents, writeReports } from "./stored-reports.ts";
import { StoredDetailsSchema, SECTIONS, type DbBody, type DbHeader, type SectionName } from "./schema.ts";

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
  const details = reports.map((r) => {
    // a detail the reader would refuse (NaN written as null, say) must fail the build, not a match in the field
    const checked = StoredDetailsSchema.safeParse(r.d);
    if (!checked.success) throw new Error(`report ${r.id}: details.${describeIssue(checked.error.issues[0])}`);
    return utf8(JSON.stringify(r.d));
  });
  const detailLengths = new VarintWriter();
  for (const d of details) detailLengths.uint(d.length);
  const parts: Record<SectionName, Uint8Array> = {
    vocabulary: body.features.bytes,
    idf: idf.finish(),
    ...encodePostings(postings),
    reports: writeReports(reports),
    ...writeEvents(events),
    details: concat(details),
    detailLengths: detailLengths.finish(),
    furniture: writeFurniture(body.furniture),
  };
  return { bytes: concat(SECTIONS.map((s) => parts[s])), sections: Object.fromEntries(SECTIONS.map((s) => [s, parts[s].length])) as Record<SectionName, number> };
}

/** Throws DatabaseError, or a plain Error the caller words as damage to the body. */
export function decodeBody(header: DbHeader, bytes: Uint8Array): DbContent {
  const section = sectionsOf(header, bytes);
  const { counts } = header;
  const features = within("vocabulary", () => Vocabulary.read(section.vocabulary, counts.features));
  const idf = within("idf", () => readIdf(section.idf, counts.features));
  const postings = within("postings", () => decodePostings(section.postings, section.weights, counts.features, counts.reports));
  const detailsOf = within("details", () => lazyDetails(section.details, section.detailLengths, counts.reports));
  const { reports, eventOf } = within("reports", () => new StoredReports(section.reports, counts.reports, counts.events, detailsOf));
  const events = within("events", () => readEvents(section.events, section.members, counts.events, eventOf));
  const furniture = within("furniture", () => readFurniture(section.furniture));
  return { body: { features, idf, idfDocuments: header.idfDocuments, reports, events, furniture }, postings };
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

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
