import { idfOf, weigh, type SparseVector } from "../match/vector.ts";
import { MATCH_DEFAULTS } from "../match/defaults.ts";
import { countsWithoutTemplates } from "../match/templates.ts";
import { furnitureRuns, learnFurniture } from "../match/furniture.ts";
import { sharedFirst } from "../match/shared-first.ts";
import { hashHex } from "../../shared/hash.ts";
import { clusterReports } from "./cluster.ts";
import { checksumOf } from "./checksum.ts";
import { withHeader } from "./codec.ts";
import { encodeBody } from "./body-codec.ts";
import { detailsOutside, type DetailWords } from "./furniture-cut.ts";
import { Vocabulary } from "./vocabulary.ts";
import { weightByte, type FeaturePostings } from "./vector-codec.ts";
import type { CompileOptions, RecordAnalysis } from "./compile.ts";
import { FeatureCoder, type CodedAnalysis } from "./feature-codes.ts";
import { DB_FORMAT, DB_FORMAT_VERSION, type DbEvent, type DbReport, type StoredDetails } from "./schema.ts";

/** A report as the compiler holds it: its details are cut of furniture once that is learnt. */
type DraftReport = Omit<DbReport, "d"> & { d: StoredDetails };

/**
 * The corpus-wide steps of the compiler: idf, vectors, events, vocabulary, header, file.
 * Analyses are added one at a time and reduced at once to what the database keeps (no
 * body, features as numbers, a shingle per word), so a corpus is never held twice.
 */
interface Pending {
  report: DraftReport;
  shingles: Uint32Array;
  sequence: Uint32Array;
  detailWords: DetailWords;
  ids: Uint32Array;
  tf: Uint16Array;
}

export class DatabaseAssembler {
  private readonly featureId = new Map<string, number>();
  private readonly df: number[] = [];
  private readonly pending: Pending[] = [];
  private readonly seen = new Set<string>();
  private inline?: { coder: FeatureCoder; put: (coded: CodedAnalysis) => void };

  constructor(private readonly options: CompileOptions) {}

  /** Adds an analysis made in this thread. */
  add(analysis: RecordAnalysis): void {
    this.inline ??= { coder: new FeatureCoder(), put: this.stream() };
    this.inline.put(this.inline.coder.code(analysis));
  }

  /** Adds the analyses of one FeatureCoder, in the order it coded them: its local ids become the database's. */
  stream(): (coded: CodedAnalysis) => void {
    const toGlobal: number[] = [];
    return ({ record, ids: local, tf, names, ...analysis }) => {
      if (this.seen.has(record.id)) throw new Error(`duplicate report id "${record.id}"`);
      this.seen.add(record.id);
      for (const name of names) toGlobal.push(this.globalId(name));
      const ids = new Uint32Array(local.length);
      for (let k = 0; k < local.length; k++) {
        ids[k] = toGlobal[local[k]!]!;
        this.df[ids[k]!]!++;
      }
      this.addReport(record, { ids, tf, ...analysis });
    };
  }

  private globalId(name: string): number {
    let id = this.featureId.get(name);
    if (id === undefined) {
      id = this.df.length;
      this.featureId.set(name, id);
      this.df.push(0);
    }
    return id;
  }

  private addReport(record: RecordAnalysis["record"], { ids, tf, shingles, sequence, detailWords, sh, lede, details }: Omit<CodedAnalysis, "record" | "names">): void {
    const report: DraftReport = {
      id: record.id,
      source: record.source,
      ...(record.title ? { title: record.title } : {}),
      ...(record.url ? { url: record.url } : {}),
      ...(record.published ? { published: record.published } : {}),
      ...(lede === undefined ? {} : { lede }),
      event: 0,
      sh,
      d: details,
    };
    this.pending.push({ report, shingles, sequence, detailWords, ids, tf });
  }

  /** The database file (uncompressed). */
  finish(): Uint8Array {
    const { options, pending, df } = this;
    const topK = options.topK ?? MATCH_DEFAULTS.topK;
    const names = Array.from(this.featureId.keys());
    const bg = options.background;
    const n = pending.length + (bg?.documents ?? 0);
    // document frequency of every feature, corpus and background, looked up once per name (not once per use)
    const allDf = Float64Array.from(names, (f, id) => df[id]! + (bg && Object.hasOwn(bg.df, f) ? bg.df[f]! : 0));
    const idfs = allDf.map((d) => idfOf(d, n));
    const idf = (id: number) => idfs[id]!;
    const counts = countsWithoutTemplates(pending.map((p) => ({ source: p.report.source, ids: p.ids, tf: p.tf })), MATCH_DEFAULTS.templates);
    const shared = (id: number) => allDf[id]! > 1;
    const vectors: SparseVector[] = counts.map((c) => weigh(sharedFirst(c, shared, idf, topK), idf, topK));
    const reports = pending.map((p) => p.report);
    const times = reports.map((r) => (r.published ? Date.parse(r.published) : NaN));
    const eventOf = clusterReports(
      vectors.map((vector, i) => ({ vector, shingles: pending[i]!.shingles, time: times[i]! })),
      { ...MATCH_DEFAULTS.cluster, ...options.cluster },
    );
    const events = buildEvents(reports, eventOf, times);
    const furniture = learnFurniture(
      pending.map((p) => ({ source: p.report.source, event: p.report.event, shingles: p.shingles })),
      MATCH_DEFAULTS.furniture,
    );
    for (const p of pending) {
      const runs = furnitureRuns(p.sequence, furniture.get(p.report.source), MATCH_DEFAULTS.furniture.minRun);
      if (runs.length) p.report.d = detailsOutside(p.report.d, p.detailWords, runs);
    }

    // Vocabulary: only features some stored vector uses, sorted for lookups and a deterministic file.
    const usedIds = new Set<number>();
    for (const v of vectors) for (const id of v.ids) usedIds.add(id);
    const used = [...usedIds];
    const { vocabulary, order } = Vocabulary.build(used.map((id) => names[id]!));
    const dense = new Map(order.map((k, position) => [used[k]!, position]));

    const body = encodeBody({
      body: { features: vocabulary, idf: Float64Array.from(order, (k) => idf(used[k]!)), idfDocuments: n, reports, events, furniture },
      postings: inverted(vectors, dense),
    });
    const published = reports.flatMap((r) => (r.published ? [r.published] : [])).sort(byInstant);
    return withHeader(
      {
        format: DB_FORMAT,
        formatVersion: DB_FORMAT_VERSION,
        dbVersion: hashHex(JSON.stringify([DB_FORMAT_VERSION, topK, options.cluster ?? null, options.credits, checksumOf(body.bytes)])),
        built: published.at(-1) ?? null,
        dateRange: published.length ? { from: published[0]!, to: published.at(-1)! } : null,
        counts: { reports: reports.length, events: events.length, features: used.length },
        credits: options.credits,
        idfDocuments: n,
      },
      body,
    );
  }
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

/** The vectors by feature, in the database's own feature numbering, reports ascending within each. */
function inverted(vectors: readonly SparseVector[], dense: Map<number, number>): FeaturePostings {
  const offsets = new Uint32Array(dense.size + 1);
  for (const v of vectors) for (const id of v.ids) offsets[dense.get(id)! + 1]!++;
  for (let f = 1; f <= dense.size; f++) offsets[f]! += offsets[f - 1]!;
  const fill = offsets.slice(0, dense.size);
  const docs = new Uint32Array(offsets[dense.size]!);
  const weights = new Uint8Array(docs.length);
  vectors.forEach((v, r) => {
    v.ids.forEach((id, i) => {
      const at = fill[dense.get(id)!]!++;
      docs[at] = r;
      weights[at] = weightByte(v.weights[i]!);
    });
  });
  return { offsets, docs, weights };
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0);
}
