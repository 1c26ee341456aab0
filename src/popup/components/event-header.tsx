import type { AnalysisSummary } from "../../protocol/results.ts";
import { UNKNOWN_OUTLET } from "../../core/outlets.ts";
import { formatDate, t, tCount } from "../../ui/i18n.ts";

/**
 * The event at a glance: its headline, how many reports from how many outlets, and the
 * days they span. Reports whose outlet is unknown count as one outlet each: we cannot
 * tell them apart, and folding them into one would understate the coverage.
 */
export function EventHeader({ summary }: { summary: AnalysisSummary }) {
  const event = summary.event!;
  const outlets = outletCount(summary);
  const span = event.first && event.last ? (event.first.slice(0, 10) === event.last.slice(0, 10) ? formatDate(event.first.slice(0, 10)) : `${formatDate(event.first.slice(0, 10))} – ${formatDate(event.last.slice(0, 10))}`) : null;
  return (
    <>
      <p class="event-title" dir="auto">
        {event.title}
      </p>
      <p class="meta" id="event-meta">
        <span data-field="reports">{tCount("eventSize", event.size)}</span>
        {" · "}
        <span data-field="outlets">{tCount("eventOutlets", outlets)}</span>
        {span ? (
          <>
            {" · "}
            <span data-field="span">{span}</span>
          </>
        ) : null}
      </p>
      {summary.truncated ? <p class="note">{t("truncatedNote")}</p> : null}
    </>
  );
}

/** Distinct outlets among this page and the related reports. */
export function outletCount(summary: Pick<AnalysisSummary, "related" | "source">): number {
  const known = new Set<string>();
  let unknown = 0;
  for (const source of [summary.source, ...summary.related.map((r) => r.source)]) {
    if (source === UNKNOWN_OUTLET) unknown++;
    else known.add(source);
  }
  return known.size + unknown;
}
