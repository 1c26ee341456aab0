/**
 * Main-thread time the content script spends, in tasks: each stretch of our own
 * synchronous work between two yields is one task (RELIABILITY.md §4: none over 50 ms).
 * Reported only by test builds (see test-hooks.ts); production keeps nothing visible.
 */
export interface Timings {
  url: string;
  /** the language gate: text sample + Arabic detection */
  gateMs: number;
  /**
   * test builds: the same gate run again at once. The first call in a page's fresh script
   * world pays for compiling its code and setting up DOM wrappers; this is the gate's own cost.
   */
  gateWarmMs?: number;
  /** all our main-thread work for this page, summed */
  totalMs: number;
  longestTaskMs: number;
  /** what the longest task was doing */
  longestTask: string;
  tasks: number;
  /** what the run ended with: "highlighted", "no-conflicts", "not-arabic", … */
  outcome: string;
  highlights: number;
  chars: number;
}

export class TaskClock {
  readonly timings: Timings;
  private started = -1;
  private label = "";

  constructor(url: string) {
    this.timings = { url, gateMs: 0, totalMs: 0, longestTaskMs: 0, longestTask: "", tasks: 0, outcome: "running", highlights: 0, chars: 0 };
  }

  begin(label = "start"): void {
    this.started = performance.now();
    this.label = label;
  }

  end(): void {
    if (this.started < 0) return;
    const ms = performance.now() - this.started;
    this.started = -1;
    const t = this.timings;
    t.totalMs += ms;
    t.tasks++;
    if (ms > t.longestTaskMs) {
      t.longestTaskMs = ms;
      t.longestTask = this.label;
    }
  }

  /** Ends the current task, waits (for `p`, or one turn of the page's event loop), starts the next, named `next`. */
  async pause<T = void>(next: string, p?: Promise<T>): Promise<T> {
    this.end();
    try {
      return await (p ?? (yieldToPage() as Promise<T>));
    } finally {
      this.begin(next);
    }
  }
}

/** `scheduler.yield()` keeps our place in the queue (Chrome 129, Firefox 142); else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
