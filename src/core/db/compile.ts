import type { CorpusRecord } from "../corpus/record.ts";
import { featureCountsOf, mainTokens } from "../match/features.ts";
import { tokenize } from "../text/tokenize.ts";
import { simhash } from "../match/simhash.ts";
import { extractDetails } from "../extract/index.ts";
import { toReportDetails } from "../conflict/report-details.ts";
import type { ClusterOptions } from "./cluster.ts";
import { ledeOf } from "./lede.ts";
import { decodeDatabase } from "./codec.ts";
import { DatabaseAssembler } from "./assemble.ts";
import type { Database, DbCredit, StoredDetails } from "./schema.ts";
import { shingleHashes } from "../match/shingles.ts";

/**
 * Compiles a corpus into the event database with the runtime's own normalizer and
 * feature code, so index keys and page keys cannot drift (ARCHITECTURE.md §3).
 * Deterministic: the same records and options give the same database, byte for byte.
 */
export interface CompileOptions {
  credits: DbCredit[];
  /** document frequencies from a reference corpus, added to the corpus's own (see background-df.json) */
  background?: BackgroundFrequencies;
  topK?: number;
  cluster?: Partial<ClusterOptions>;
}

export interface BackgroundFrequencies {
  documents: number;
  df: Readonly<Record<string, number>>;
}

/** What the compiler needs from one record; independent of every other record, so it can run in parallel. */
export interface RecordAnalysis {
  record: CorpusRecord;
  /** match features and their counts */
  features: [string, number][];
  shingles: Uint32Array;
  sh: string;
  /** shown in place of a title, so made only for a report without one */
  lede?: string;
  details: StoredDetails;
}

export function analyzeRecord(record: CorpusRecord): RecordAnalysis {
  const body = mainTokens(record.body);
  const features = [...featureCountsOf(body, record.title ? tokenize(record.title).tokens : [])];
  const shingles = shingleHashes(body);
  const { people, counts, places, partsOfDay } = toReportDetails(record, record.body, extractDetails(record.body, optionsOf(record)), false);
  const details = { people, counts, places, ...(partsOfDay ? { partsOfDay } : {}) };
  return { record, features, shingles, sh: simhash(shingles), ...(record.title ? {} : { lede: ledeOf(record.body) }), details };
}

export function compileDatabase(records: Iterable<CorpusRecord>, options: CompileOptions): Database {
  return decodeDatabase(assembleDatabase(mapIterable(records, analyzeRecord), options));
}

/** The database file (uncompressed) from per-record analyses. */
export function assembleDatabase(analyses: Iterable<RecordAnalysis>, options: CompileOptions): Uint8Array {
  const assembler = new DatabaseAssembler(options);
  for (const a of analyses) assembler.add(a);
  return assembler.finish();
}

function optionsOf(record: CorpusRecord): { published?: string } {
  return record.published ? { published: record.published } : {};
}

function* mapIterable<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const it of items) yield f(it);
}
