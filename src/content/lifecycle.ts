/**
 * One article at a time. Each analysis gets its own AbortController: aborting it removes
 * that article's highlights, tooltip, listeners and observers together (refined-github
 * `init(signal)`). On single-page sites a route change aborts the old article at once
 * and, when the page has settled, analyses the new one, exactly once.
 *
 * Content scripts cannot patch the page's history (isolated world), so route changes
 * are seen from `popstate`, the Navigation API's `navigatesuccess` where present, and a
 * cheap once-a-second look at location.href for everything else.
 */
export interface LifecycleOptions {
  /** runs one analysis; must stop work and tear down what it made when `signal` aborts */
  run: (signal: AbortSignal) => Promise<void>;
  /** false once the extension was reloaded or removed: then everything stops */
  alive: () => boolean;
  /** quiet time after the last DOM change before a new route is analysed */
  settleMs?: number;
  /** the most a new route waits for the page to settle */
  maxWaitMs?: number;
  pollMs?: number;
}

export interface Lifecycle {
  stop(): void;
  /** analyses the page again now (the reader changed a setting): the old highlights go first */
  restart(): void;
}

/** The article's address: a fragment change (#comments) is not a new article. */
const routeOf = (href: string) => href.split("#")[0];

export function startLifecycle(doc: Document, o: LifecycleOptions): Lifecycle {
  const win = doc.defaultView!;
  const life = new AbortController();
  let article: AbortController | null = null;
  let route = routeOf(doc.location.href);

  const stop = () => {
    article?.abort();
    life.abort();
  };

  const begin = () => {
    article?.abort();
    article = new AbortController();
    return article.signal;
  };

  const analyse = (signal: AbortSignal) => {
    if (!o.alive()) return stop();
    o.run(signal).catch((e: unknown) => {
      if (isInvalidated(e) || !o.alive()) stop();
      else console.debug("[sada]", e); // a failed analysis shows nothing; the page goes on
    });
  };

  const onRoute = () => {
    if (life.signal.aborted) return;
    if (!o.alive()) return stop();
    const now = routeOf(doc.location.href);
    if (now === route) return;
    route = now;
    const signal = begin(); // old highlights go now, not when the new article is ready
    void settled(doc, signal, o.settleMs ?? 300, o.maxWaitMs ?? 3_000).then(() => {
      if (!signal.aborted) analyse(signal);
    });
  };

  const { signal } = life;
  win.addEventListener("popstate", onRoute, { signal });
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener("navigatesuccess", onRoute, { signal });
  const timer = win.setInterval(onRoute, o.pollMs ?? 1_000);
  signal.addEventListener("abort", () => win.clearInterval(timer), { once: true });

  analyse(begin());
  return {
    stop,
    restart: () => {
      if (!life.signal.aborted) analyse(begin());
    },
  };
}

/** Resolves when the body has seen no mutation for `quietMs`, or after `maxMs`, or on abort. */
function settled(doc: Document, signal: AbortSignal, quietMs: number, maxMs: number): Promise<void> {
  const win = doc.defaultView!;
  return new Promise((resolve) => {
    let quiet = win.setTimeout(finish, quietMs);
    const cap = win.setTimeout(finish, maxMs);
    const observer = new MutationObserver(() => {
      win.clearTimeout(quiet);
      quiet = win.setTimeout(finish, quietMs);
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    signal.addEventListener("abort", finish, { once: true });
    function finish() {
      observer.disconnect();
      win.clearTimeout(quiet);
      win.clearTimeout(cap);
      signal.removeEventListener("abort", finish);
      resolve();
    }
  });
}

/** "Extension context invalidated.": the extension was reloaded under this page. */
export function isInvalidated(e: unknown): boolean {
  return /Extension context invalidated|context invalidated/i.test(String(e instanceof Error ? e.message : e));
}
