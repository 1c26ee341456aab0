import * as z from "zod";
import { MAX_ARTICLE_CHARS, MAX_CORRECTION_KEY, MAX_IMPORT_BASE64 } from "./limits.ts";

/**
 * Every message between the extension's parts, defined once. Type strings carry the
 * direction (ARCHITECTURE.md §5): cs-bg = content script → background, popup-bg and
 * options-bg = extension pages → background. Sizes are capped in the schemas.
 */
const MAX_URL = 4_096;

export const ArticleSchema = z.strictObject({
  url: z.string().max(MAX_URL),
  title: z.string().max(1_000).optional(),
  text: z.string().min(1).max(MAX_ARTICLE_CHARS),
  /** ISO 8601 from article:published_time or JSON-LD datePublished */
  published: z.string().max(64).optional(),
  /** true when the page's text was longer than MAX_ARTICLE_CHARS and was cut */
  truncated: z.boolean(),
});
export type Article = z.output<typeof ArticleSchema>;

const tabId = z.int().nonnegative();

export const ContentToBackground = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("cs-bg/analyze-article"), article: ArticleSchema }),
  z.strictObject({ type: z.literal("cs-bg/not-article"), url: z.string().max(MAX_URL), reason: z.enum(["not-arabic", "not-readerable"]) }),
  // Only test builds answer this one (STACK.md §4: BiDi may not open moz-extension pages).
  z.strictObject({ type: z.literal("cs-bg/test-open-popup") }),
]);

export const PopupToBackground = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("popup-bg/get-tab-state"), tabId }),
  z.strictObject({ type: z.literal("popup-bg/analyze-tab"), tabId }),
  // the reader's corrections of what the tab shows (corrections.ts)
  z.strictObject({
    type: z.literal("popup-bg/correct"),
    tabId,
    correction: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("not-a-conflict"), conflict: z.string().min(3).max(MAX_CORRECTION_KEY) }),
      z.strictObject({ kind: z.literal("wrong-event") }),
    ]),
  }),
  z.strictObject({ type: z.literal("popup-bg/undo-corrections"), tabId, undo: z.enum(["wrong-event", "hidden-conflicts"]) }),
]);

export const OptionsToBackground = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("options-bg/get-db-info") }),
  z.strictObject({ type: z.literal("options-bg/import-db"), fileName: z.string().max(255), base64: z.base64().max(MAX_IMPORT_BASE64) }),
  z.strictObject({ type: z.literal("options-bg/reset-db") }),
  z.strictObject({ type: z.literal("options-bg/count-corrections") }),
  z.strictObject({ type: z.literal("options-bg/clear-corrections") }),
]);

export type ContentMessage = z.output<typeof ContentToBackground>;
export type PopupMessage = z.output<typeof PopupToBackground>;
export type OptionsMessage = z.output<typeof OptionsToBackground>;
export type Message = ContentMessage | PopupMessage | OptionsMessage;

/** Replies never reject across the boundary: they carry ok or an error with a code. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = "invalid-message" | "forbidden-sender" | "database-unavailable" | "analysis-failed" | "not-allowed" | "invalid-database";
