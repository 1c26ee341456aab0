import type { CorpusRecord } from "../corpus/record.ts";
import { featureCountsOf, mainTokens } from "../match/features.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { simhash } from "../match/simhash.ts";
import { extractDetails } from "../extract/index.ts";
import { toReportDetails } from "../conflict/report-details.ts";
import type { ClusterOptions } from "./cluster.ts";
import { ledeOf } from "./lede.ts";
import { decodeDatabase } from "./codec.ts";
import { DatabaseAssembler } from "./assemble.ts";
import type { Database, DbCredit, StoredDetails } from "./schema.ts";
import { shingleSequence, shingleSet } from "../match/shingles.ts";
import type { DetailWords } from "./furniture-cut.ts";

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
  /** its shingle hashes, sorted, each once */
  shingles: Uint32Array;
  /** … and in text order, one per word of the main text but the last four: where its outlet's furniture is, once learnt */
  sequence: Uint32Array;
  /** the word each detail starts at, to cut those inside furniture (furniture-cut.ts) */
  detailWords: DetailWords;
  sh: string;
  /** shown in place of a title, so made only for a report without one */
  lede?: string;
  details: StoredDetails;
}

export function analyzeRecord(record: CorpusRecord): RecordAnalysis {
  const body = mainTokens(record.body);
  const features = [...featureCountsOf(body, record.title ? tokenize(record.title).tokens : [])];
  const words = body.filter((t) => t.kind === "word");
  const sequence = shingleSequence(words);
  const shingles = shingleSet(sequence);
  // with offsets, to place each detail among the words (the main text is a prefix of the body); the offsets are not stored
  const { people, counts, places, partsOfDay } = toReportDetails(record, record.body, extractDetails(record.body, optionsOf(record)), true);
  const details = { people: people.map(unplaced), counts: counts.map(unplaced), places: places.map(unplaced), ...(partsOfDay ? { partsOfDay } : {}) };
  const at = (d: { start?: number }) => wordAt(words, d.start!);
  const detailWords = { people: Int32Array.from(people, at), counts: Int32Array.from(counts, at), places: Int32Array.from(places, at) };
  return { record, features, shingles, sequence, detailWords, sh: simhash(shingles), ...(record.title ? {} : { lede: ledeOf(record.body) }), details };
}

const unplaced = <T extends { start?: number; end?: number }>({ start: _s, end: _e, ...rest }: T): Omit<T, "start" | "end"> => rest;

/**
 * The index of the word a text offset falls in, else of the first word after it (a detail
 * may start with a figure, which is no word: «12 قتيلا» right after a run of furniture is
 * the report's own); -1 past the last word.
 */
function wordAt(words: readonly Token[], offset: number): number {
  if (!words.length || offset >= words.at(-1)!.end) return -1;
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
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
