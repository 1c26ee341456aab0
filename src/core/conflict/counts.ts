import type { Agreement, Conflict } from "./types.ts";
import type { ReportDetails, StoredCount } from "./report-details.ts";
import { groupBy, unique, valueOf } from "./values.ts";

/**
 * Counts as intervals (ARABIC.md §7): two reports clash on a slot and group when none of
 * their values can both be true, unless the later report's higher cumulative toll is an
 * update. When the clashing values are attributed to different claimants, the conflict
 * is marked disputed ("A says x, B says y"), not an outlet's error. Overlapping values
 * in several reports are an agreement.
 */
type Mention = { r: ReportDetails; c: StoredCount };

export function countFindings(reports: readonly ReportDetails[]): { conflicts: Conflict[]; agreements: Agreement[] } {
  const bySlot = groupBy(
    reports.flatMap((r) => r.counts.map((c) => ({ r, c }))),
    ({ c }) => `${c.slot}|${c.group ?? ""}`,
  );
  const conflicts: Conflict[] = [];
  const agreements: Agreement[] = [];
  for (const all of bySlot.values()) {
    const byReport = [...groupBy(all, (m) => m.r.id).values()];
    const clashing = byReport.some((a) => byReport.some((b) => a !== b && a.every((x) => b.every((y) => disjoint(x.c, y.c) && !isUpdate(x, y)))));
    const slot = all[0]!.c.slot;
    if (clashing) {
      const claimants = new Set(all.map((m) => m.c.source ?? ""));
      conflicts.push({
        kind: "count",
        slot,
        severity: "fact",
        ...(claimants.size > 1 && !claimants.has("") ? { disputed: true } : {}),
        values: unique(all.map(({ r, c }) => valueOf(r, c, intervalLabel(c)))),
      });
    } else if (byReport.length >= 2) {
      agreements.push({ kind: "count", slot, value: intervalLabel(narrowest(all.map((m) => m.c))), reports: byReport.map((g) => g[0]!.r.id) });
    }
  }
  return { conflicts, agreements };
}

function disjoint(a: StoredCount, b: StoredCount): boolean {
  return (a.max ?? Infinity) < b.min || (b.max ?? Infinity) < a.min;
}

/** A later, higher toll of a cumulative slot is an update, not a contradiction (#38); a later decrease is flagged. */
const CUMULATIVE = new Set(["killed", "injured", "arrested", "missing", "displaced"]);
function isUpdate(a: Mention, b: Mention): boolean {
  if (!CUMULATIVE.has(a.c.slot) || !a.r.published || !b.r.published) return false;
  const [early, late] = Date.parse(a.r.published) <= Date.parse(b.r.published) ? [a, b] : [b, a];
  return late.c.min >= early.c.min;
}

function narrowest(counts: StoredCount[]): StoredCount {
  const width = (c: StoredCount) => (c.max ?? Infinity) - c.min;
  return counts.reduce((a, b) => (width(b) < width(a) ? b : a));
}

function intervalLabel(c: StoredCount): string {
  if (c.max === null) return `≥${c.min}`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}
