/**
 * How soon a freshly started worker is useful, in ms since it started (performance's
 * time origin): the database ready, and the first page's question and answer. Test builds
 * expose it as globalThis.__sadaStartup for the figures the end-to-end run prints.
 */
export interface StartupTimings {
  dbReadyMs: number | null;
  firstQuestionMs: number | null;
  firstAnswerMs: number | null;
}

export const startup: StartupTimings = { dbReadyMs: null, firstQuestionMs: null, firstAnswerMs: null };

/** Runs `work`, noting the time of the worker's first question and answer. */
export async function timedAnswer<T>(work: () => Promise<T>): Promise<T> {
  const first = startup.firstQuestionMs === null;
  if (first) startup.firstQuestionMs = performance.now();
  try {
    return await work();
  } finally {
    if (first) startup.firstAnswerMs = performance.now();
  }
}
