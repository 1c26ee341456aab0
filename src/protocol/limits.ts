/**
 * Size caps shared by the message schemas and the senders. A module of its own, free of
 * zod, so the content script can import it without bundling the validator (STACK.md §7).
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** An imported database travels as base64: runtime messages carry JSON only (Chrome caps them at 64 MiB). */
export const MAX_IMPORT_BASE64 = 48_000_000;

/** A correction's key (protocol/corrections.ts): an event id, a slot and a hash. */
export const MAX_CORRECTION_KEY = 400;
