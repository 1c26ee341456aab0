import { isProbablyReaderable } from "@mozilla/readability";
import { send } from "./send.ts";
import { articleRoot, collectArticle, collectLive, isLargePage, largePageRoot, type CollectedArticle } from "./collect/article.ts";
import { isArabicPage } from "./detect/gate.ts";
import { liveRange } from "./highlight/live-range.ts";
import { pageMarks, type PageMark } from "./highlight/page-marks.ts";
import { highlightsSupported, registerHighlights } from "./highlight/register.ts";
import type { TaskClock } from "./timing.ts";
import { installTooltip, type Marked, type TooltipState } from "./tooltip/tooltip.ts";

/** More than this many highlights on one page is noise, and costs layout on hover. */
const MAX_MARKS = 200;
const SLICE_MS = 8;

export interface PageResult {
  tooltip?: () => TooltipState;
}

/**
 * One analysis of the page as it is now: the cheap gate, the article's text with its map
 * back to the page, one message, then highlights and the tooltip. Every step is its own
 * short task (the clock yields to the page between them); `signal` ends it all.
 */
export async function analysePage(doc: Document, clock: TaskClock, signal: AbortSignal, o: { highlight: boolean; confirmed: boolean }): Promise<PageResult> {
  const url = doc.location.href;
  const t = clock.timings;
  clock.begin("gate");
  const gateStart = performance.now();
  const arabic = isArabicPage(doc);
  t.gateMs = performance.now() - gateStart;
  if (__TEST__) {
    const again = performance.now();
    isArabicPage(doc);
    t.gateWarmMs = performance.now() - again;
  }
  if (!arabic) return notArticle(clock, url, "not-arabic");
  await clock.pause("readerable");
  if (signal.aborted) return done(clock, "aborted");
  // One clear <article> is readable by its own account (and isProbablyReaderable costs
  // 30+ ms on a 10 MB page); otherwise Readability's quick test decides.
  const story = articleRoot(doc);
  if (!story && !isProbablyReaderable(doc)) return notArticle(clock, url, "not-readerable");
  await clock.pause("collect");
  if (signal.aborted) return done(clock, "aborted");

  // The story container (or a page too large for Readability): read live, in slices.
  // Otherwise Readability on a clone, one task (about 40 ms cold on a seed page).
  const root = story ?? (isLargePage(doc) ? largePageRoot(doc) : null);
  const collected: CollectedArticle | null = root ? await collectLive(doc, root, url, clock, signal) : collectArticle(doc, url);
  if (signal.aborted) return done(clock, "aborted");
  if (!collected) return notArticle(clock, url, "not-readerable");
  t.chars = collected.article.text.length;
  await clock.pause("send");
  if (signal.aborted) return done(clock, "aborted");

  const reply = await clock.pause("ranges", send({ type: "cs-bg/analyze-article", article: collected.article }));
  if (signal.aborted) return done(clock, "aborted");
  if (!reply.ok) return done(clock, `error: ${reply.error.code}`);
  // the reader turned highlights off: the badge and popup still have the analysis
  if (!o.highlight) return done(clock, "highlights-off");

  const marks = pageMarks(reply.data, collected.article.text, o.confirmed).slice(0, MAX_MARKS);
  const marked: Marked[] = [];
  let sliceEnd = performance.now() + SLICE_MS;
  for (const mark of marks) {
    const range = liveRange(doc, collected.map, mark.span, collected.scope);
    if (range) marked.push({ mark, range });
    if (performance.now() > sliceEnd) {
      await clock.pause("ranges");
      if (signal.aborted) return done(clock, "aborted");
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
  t.highlights = marked.length;
  if (marked.length === 0) return done(clock, reply.data.conflicts.length ? "conflicts-not-on-page" : "no-conflicts");
  await clock.pause("highlight");
  if (signal.aborted) return done(clock, "aborted");
  const ranges = (kind: PageMark["kind"]) => marked.filter((m) => m.mark.kind === kind).map((m) => m.range);
  if (!highlightsSupported()) return done(clock, "no-highlight-api");
  // the card first: a highlight never shows without the card that explains it
  const sources = new Map(reply.data.related.map((r) => [r.id, r.source]));
  const tooltip = installTooltip(doc, marked, { selfId: reply.data.self ?? "page", sourceOf: (id) => sources.get(id) }, signal);
  registerHighlights({ conflict: ranges("conflict"), confirmed: ranges("confirmed") }, signal);
  return done(clock, "highlighted", tooltip);
}

async function notArticle(clock: TaskClock, url: string, reason: "not-arabic" | "not-readerable"): Promise<PageResult> {
  await clock.pause("reply", send({ type: "cs-bg/not-article", url, reason }));
  return done(clock, reason);
}

function done(clock: TaskClock, outcome: string, tooltip?: () => TooltipState): PageResult {
  clock.end();
  clock.timings.outcome = outcome;
  return tooltip ? { tooltip } : {};
}
