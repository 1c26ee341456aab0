import type { CorpusRecord } from "../corpus/record.ts";
import { featureCountsOf, mainTokens } from "../match/features.ts";
import { idfOf, weigh, type SparseVector } from "../match/vector.ts";
import { tokenize } from "../text/tokenize.ts";
import { simhash } from "../match/simhash.ts";
import { extractDetails } from "../extract/index.ts";
import { toReportDetails } from "../conflict/report-details.ts";
import { hashHex } from "../../shared/hash.ts";
import { clusterReports, type ClusterOptions } from "./cluster.ts";
import { ledeOf } from "./lede.ts";
import { encodeVectors } from "./vector-codec.ts";
import { unpackVectors } from "./codec.ts";
import { DB_FORMAT, DB_FORMAT_VERSION, type Database, type DbCredit, type DbEvent, type DbReport } from "./schema.ts";
import { MATCH_DEFAULTS } from "../match/defaults.ts";
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
  lede: string;
  details: DbReport["d"];
}

export function analyzeRecord(record: CorpusRecord): RecordAnalysis {
  const body = mainTokens(record.body);
  const features = [...featureCountsOf(body, record.title ? tokenize(record.title).tokens : [])];
  const shingles = shingleHashes(body);
  const { people, counts, places } = toReportDetails(record, record.body, extractDetails(record.body, optionsOf(record)), false);
  return { record, features, shingles, sh: simhash(shingles), lede: ledeOf(record.body), details: { people, counts, places } };
}

interface Pending extends Omit<RecordAnalysis, "features"> {
  ids: Uint32Array;
  tf: Uint16Array;
}

export function compileDatabase(records: Iterable<CorpusRecord>, options: CompileOptions): Database {
  return assembleDatabase(mapIterable(records, analyzeRecord), options);
}

/** The corpus-wide steps: idf, vectors, events, vocabulary, header. */
export function assembleDatabase(analyses: Iterable<RecordAnalysis>, options: CompileOptions): Database {
  const topK = options.topK ?? MATCH_DEFAULTS.topK;
  const featureId = new Map<string, number>();
  const df: number[] = [];
  const pending: Pending[] = [];
  const seen = new Set<string>();
  for (const { features, ...analysis } of analyses) {
    const { record } = analysis;
    if (seen.has(record.id)) throw new Error(`duplicate report id "${record.id}"`);
    seen.add(record.id);
    const ids = new Uint32Array(features.length);
    const tf = new Uint16Array(features.length);
    features.forEach(([f, n], k) => {
      let id = featureId.get(f);
      if (id === undefined) {
        id = df.length;
        featureId.set(f, id);
        df.push(0);
      }
      df[id]!++;
      ids[k] = id;
      tf[k] = Math.min(n, 0xffff);
    });
    pending.push({ ...analysis, ids, tf });
  }

  const names = Array.from(featureId.keys());
  const bg = options.background;
  const n = pending.length + (bg?.documents ?? 0);
  const backgroundDf = (f: string) => (bg && Object.hasOwn(bg.df, f) ? bg.df[f]! : 0);
  const idfs = Float64Array.from(names, (f, id) => idfOf(df[id]! + backgroundDf(f), n));
  const idf = (id: number) => idfs[id]!;
  const vectors: SparseVector[] = pending.map((p) => weigh(Array.from(p.ids, (id, i) => [id, p.tf[i]!] as [number, number]), idf, topK));
  const times = pending.map((p) => (p.record.published ? Date.parse(p.record.published) : NaN));
  const eventOf = clusterReports(
    vectors.map((vector, i) => ({ vector, shingles: pending[i]!.shingles, time: times[i]! })),
    { ...MATCH_DEFAULTS.cluster, ...options.cluster },
  );

  // Vocabulary: only features some stored vector uses, sorted for a deterministic file.
  const used = [...new Set(vectors.flatMap((v) => Array.from(v.ids)))].sort((a, b) => cmp(names[a]!, names[b]!));
  const dense = new Map(used.map((id, i) => [id, i]));

  const reports: DbReport[] = pending.map((p, i) => ({
    id: p.record.id,
    source: p.record.source,
    ...(p.record.title ? { title: p.record.title } : {}),
    ...(p.record.url ? { url: p.record.url } : {}),
    ...(p.record.published ? { published: p.record.published } : {}),
    ...(p.record.title ? {} : { lede: p.lede }),
    event: 0,
    sh: p.sh,
    d: p.details,
  }));
  const events = buildEvents(reports, eventOf, times);

  const published = reports.flatMap((r) => (r.published ? [r.published] : [])).sort(byInstant);
  const body = {
    features: used.map((id) => names[id]!),
    idf: used.map((id) => round(idf(id))),
    idfDocuments: n,
    reports,
    events,
    vectors: encodeVectors(vectors.map((v) => renumber(v, dense))),
  };
  const dbVersion = hashHex(JSON.stringify([DB_FORMAT_VERSION, topK, options.cluster ?? null, options.credits, body]));
  return {
    vectors: unpackVectors(body),
    header: {
      format: DB_FORMAT,
      formatVersion: DB_FORMAT_VERSION,
      dbVersion,
      built: published.at(-1) ?? null,
      dateRange: published.length ? { from: published[0]!, to: published.at(-1)! } : null,
      counts: { reports: reports.length, events: events.length, features: used.length },
      credits: options.credits,
      checksum: "",
    },
    body,
  };
}

/** Events numbered by their earliest member's position; members earliest first; ids from member ids. */
function buildEvents(reports: DbReport[], eventOf: Int32Array, times: number[]): DbEvent[] {
  const groups = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const g = groups.get(eventOf[i]!) ?? [];
    g.push(i);
    groups.set(eventOf[i]!, g);
  });
  const byTimeThenIndex = (a: number, b: number) => {
    const ta = times[a]!;
    const tb = times[b]!;
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    return (Number.isNaN(ta) ? 0 : ta - tb) || a - b;
  };
  const ordered = [...groups.values()].map((m) => m.sort(byTimeThenIndex)).sort((a, b) => a[0]! - b[0]!);
  return ordered.map((members, e) => {
    for (const m of members) reports[m]!.event = e;
    const dated = members.flatMap((m) => (reports[m]!.published ? [reports[m]!.published!] : [])).sort(byInstant);
    return {
      id: `ev-${hashHex(members.map((m) => reports[m]!.id).sort().join("\n"))}`,
      members,
      ...(dated.length ? { first: dated[0]!, last: dated.at(-1)! } : {}),
    };
  });
}

function optionsOf(record: CorpusRecord): { published?: string } {
  return record.published ? { published: record.published } : {};
}

/** A vector in the database's own feature numbering, ascending. */
function renumber(v: SparseVector, dense: Map<number, number>): { features: number[]; weights: number[] } {
  const pairs = Array.from(v.ids, (id, i) => [dense.get(id)!, v.weights[i]!] as const).sort((a, b) => a[0] - b[0]);
  return { features: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || cmp(a, b);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}


function* mapIterable<T, U>(items: Iterable<T>, f: (t: T) => U): Generator<U> {
  for (const it of items) yield f(it);
}
