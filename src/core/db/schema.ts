import * as z from "zod";
import { COUNT_SLOTS } from "../extract/types.ts";
import type { Vectors } from "./vector-codec.ts";

/**
 * The event database file: one header line (validated and checked first, so a wrong
 * version or a damaged file is refused before the body is parsed), then the body.
 * The body keeps no article text: metadata, match vectors, a short lede and details
 * with short quotes (DATA.md §4).
 */
export const DB_FORMAT = "sada-db";
export const DB_FORMAT_VERSION = 2;

const isoDay = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

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
  dbVersion: z.string().regex(/^[0-9a-f]{14}$/),
  /** the newest publication time in the corpus (deterministic; no wall clock) */
  built: isoDay.nullable(),
  dateRange: z.object({ from: isoDay, to: isoDay }).nullable(),
  counts: z.object({ reports: z.int().nonnegative(), events: z.int().nonnegative(), features: z.int().nonnegative() }),
  credits: z.array(CreditSchema),
  /** hash of the body text as stored */
  checksum: z.string().regex(/^[0-9a-f]{14}$/),
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
});

export const ReportSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  title: z.string().optional(),
  url: z.string().optional(),
  published: isoDay.optional(),
  /** first sentence or so, kept only when there is no title */
  lede: z.string().max(300).optional(),
  /** index into `events` */
  event: z.int().nonnegative(),
  /** SimHash of the main text's 5-shingles: a few bits apart for the same article */
  sh: z.string().regex(/^[0-9a-f]{16}$/),
  d: StoredDetailsSchema,
});

export const EventSchema = z.object({
  id: z.string().min(1),
  /** indexes into `reports`, earliest first */
  members: z.array(z.int().nonnegative()).min(1),
  first: isoDay.optional(),
  last: isoDay.optional(),
});

export const BodySchema = z.object({
  features: z.array(z.string()),
  idf: z.array(z.number().positive()),
  /** documents behind the idf (corpus plus background), for features the database never saw */
  idfDocuments: z.int().positive(),
  reports: z.array(ReportSchema),
  events: z.array(EventSchema),
  /** every report's match vector, packed (see vector-codec.ts) */
  vectors: z.string(),
});

export type DbHeader = z.output<typeof HeaderSchema>;
export type DbReport = z.output<typeof ReportSchema>;
export type DbEvent = z.output<typeof EventSchema>;
export type DbBody = z.output<typeof BodySchema>;
export type DbCredit = z.output<typeof CreditSchema>;
export interface Database {
  header: DbHeader;
  body: DbBody;
  /** `body.vectors` unpacked and checked */
  vectors: Vectors;
}
