import type { DbEvent, DbReport } from "../../src/core/db/schema.ts";

/** A report or event as a plain object (a decoded one reads its fields from the file's columns), for comparing and editing in tests. */
export const plainReport = ({ id, source, title, url, published, lede, event, sh, d }: DbReport): DbReport => ({
  id,
  source,
  ...(title ? { title } : {}),
  ...(url ? { url } : {}),
  ...(published ? { published } : {}),
  ...(lede ? { lede } : {}),
  event,
  sh,
  d,
});

export const plainEvent = ({ id, members, first, last }: DbEvent): DbEvent => ({ id, members, ...(first ? { first } : {}), ...(last ? { last } : {}) });
