import * as z from "zod";
import { CONDITIONS, COUNT_SLOTS } from "../extract/types.ts";
import { DAY_PARTS, type DayPart } from "../extract/model/dates.ts";
import type { FeaturePostings } from "./vector-codec.ts";
import type { Vocabulary } from "./vocabulary.ts";

/**
 * The event database file: one JSON header line (validated and checked first, so a wrong
 * version or a damaged file is refused before the body is read), then the binary body:
 * sections of the lengths the header gives, in SECTIONS order. Report and event fields
 * are text columns (UTF-8 blocks with varint lengths, stored-reports.ts), each value
 * decoded and checked when read; bulk parts are varints or byte planes, bounds-checked;
 * each report's details are JSON, parsed and checked by zod when first used. No article text:
 * metadata, match vectors, a short lede and details with short quotes (DATA.md §4).
 */
export const DB_FORMAT = "sada-db";
/** 8: counts of a disease's cases and deaths (slots a reader of 7 would refuse report by report) */
export const DB_FORMAT_VERSION = 8;

export const SECTIONS = ["vocabulary", "idf", "postings", "weights", "reports", "events", "members", "details", "detailLengths", "furniture"] as const;
export type SectionName = (typeof SECTIONS)[number];

const isoDay = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);
const hex14 = z.string().regex(/^[0-9a-f]{14}$/);
const bytes = z.int().nonnegative();

export const CreditSchema = z.object({
  sources: z.array(z.string()),
  name: z.string(),
  licence: z.string(),
  url: z.string().optional(),
});

export const HeaderSchema = z.object({
  format: z.literal(DB_FORMAT),
  formatVersion: z.literal(DB_FORMAT_VERSION),
  /** hash of the inputs and build options: equal inputs give an equal database */
  dbVersion: hex14,
  /** the newest publication time in the corpus (deterministic; no wall clock) */
  built: isoDay.nullable(),
  dateRange: z.object({ from: isoDay, to: isoDay }).nullable(),
  counts: z.object({ reports: z.int().nonnegative(), events: z.int().nonnegative(), features: z.int().nonnegative() }),
  credits: z.array(CreditSchema),
  /** documents behind the idf (corpus plus background), for features the database never saw */
  idfDocuments: z.int().positive(),
  /** byte length of each body section */
  sections: z.strictObject({
    vocabulary: bytes,
    idf: bytes,
    postings: bytes,
    weights: bytes,
    reports: bytes,
    events: bytes,
    members: bytes,
    details: bytes,
    detailLengths: bytes,
    furniture: bytes,
  }),
  /** checksumOf the body bytes */
  checksum: hex14,
});

const StoredPersonSchema = z.object({
  name: z.string(),
  given: z.string().optional(),
  family: z.string(),
  familyKey: z.string(),
  role: z.object({ id: z.string(), country: z.string().optional(), title: z.string() }).optional(),
  text: z.string(),
  quote: z.string().max(400),
});

const StoredCountSchema = z.object({
  slot: z.enum(COUNT_SLOTS),
  min: z.number(),
  max: z.number().nullable(),
  group: z.string().optional(),
  condition: z.enum(CONDITIONS).optional(),
  source: z.string().optional(),
  text: z.string(),
  quote: z.string().max(400),
});

const StoredPlaceSchema = z.object({ id: z.string(), name: z.string(), text: z.string(), quote: z.string().max(400) });

/** The details conflicts are drawn from, with short quotes (never the article). */
export const StoredDetailsSchema = z.object({
  people: z.array(StoredPersonSchema),
  counts: z.array(StoredCountSchema),
  places: z.array(StoredPlaceSchema),
  partsOfDay: z.array(z.enum(Object.keys(DAY_PARTS) as [DayPart, ...DayPart[]])).optional(),
});

export type DbHeader = z.output<typeof HeaderSchema>;
export type DbCredit = z.output<typeof CreditSchema>;
export type StoredDetails = z.output<typeof StoredDetailsSchema>;

export interface DbReport {
  id: string;
  source: string;
  title?: string;
  url?: string;
  published?: string;
  lede?: string;
  event: number;
  sh: string;
  /** read from the file when first used (only the matched event's reports need them) */
  readonly d: StoredDetails;
}

export interface DbEvent {
  id: string;
  /** indexes into `reports`, earliest first */
  members: number[];
  first?: string;
  last?: string;
}

export interface DbBody {
  /** the feature names, sorted; vectors and idf are indexed by position in it */
  features: Vocabulary;
  idf: Float64Array;
  idfDocuments: number;
  reports: DbReport[];
  events: DbEvent[];
  /** each outlet's page furniture: word-shingle hashes, sorted (match/furniture.ts) */
  furniture: ReadonlyMap<string, Uint32Array>;
}

export interface Database {
  header: DbHeader;
  body: DbBody;
  /** the reports' match vectors, by feature */
  postings: FeaturePostings;
}
