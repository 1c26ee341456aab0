import { givenNamesCompatible, sameRole } from "../extract/names.ts";
import type { Conflict, ConflictValue } from "./types.ts";
import type { ReportDetails, StoredCount, StoredPerson } from "./report-details.ts";

/**
 * Conflicting details across reports of one event (ARABIC.md §7): compare slots, not
 * texts. People: same role and country and the same family name (by consonant
 * skeleton), but incompatible given names → a name conflict («جيمس أوستن» vs «لويد
 * أوستن»). Counts: same slot and group, disjoint intervals → a conflict, unless the later
 * report's higher cumulative toll is an update.
 */
export function compareReports(reports: readonly ReportDetails[]): Conflict[] {
  return [...personConflicts(reports), ...countConflicts(reports)];
}

function personConflicts(reports: readonly ReportDetails[]): Conflict[] {
  const mentions = reports.flatMap((r) => r.people.map((p) => ({ r, p })));
  const conflicts: Conflict[] = [];
  const used = new Set<number>();
  mentions.forEach((a, i) => {
    if (used.has(i) || !a.p.given || !a.p.role) return;
    const group = mentions
      .map((b, j) => ({ b, j }))
      .filter(({ b }) => b.p.role && b.p.given && b.p.familyKey === a.p.familyKey && sameRole(a.p.role!, b.p.role!));
    const names = distinctBy(group.map(({ b }) => b), (m) => m.p.given!, givenNamesCompatible);
    // a slip inside one report («لويس أوستن» once in 003) is not a disagreement between outlets
    const acrossReports = names.some((x, i) => names.some((y, j) => i < j && x.some((a) => y.some((b) => a.r.id !== b.r.id))));
    if (names.length < 2 || !acrossReports) return;
    group.forEach(({ j }) => used.add(j));
    conflicts.push({
      kind: "person",
      slot: `${a.p.role.id}${a.p.role.country ? `:${a.p.role.country}` : ""}`,
      severity: "fact",
      values: names.flatMap((ms) => unique(ms.map(({ r, p }) => valueOf(r, p, `${p.given} ${p.family}`)))),
    });
  });
  return conflicts;
}

function countConflicts(reports: readonly ReportDetails[]): Conflict[] {
  const bySlot = groupBy(
    reports.flatMap((r) => r.counts.map((c) => ({ r, c }))),
    ({ c }) => `${c.slot}|${c.group ?? ""}`,
  );
  const conflicts: Conflict[] = [];
  for (const [key, all] of bySlot) {
    // Two reports clash when none of their values for the slot can both be true.
    const byReport = [...groupBy(all, (m) => m.r.id).values()];
    const clash = byReport.some((a) =>
      byReport.some((b) => a !== b && a.every((x) => b.every((y) => disjoint(x.c, y.c) && !isUpdate(x, y)))),
    );
    if (!clash) continue;
    conflicts.push({
      kind: "count",
      slot: key.split("|")[0]!,
      severity: "fact",
      values: unique(all.map(({ r, c }) => valueOf(r, c, intervalLabel(c)))),
    });
  }
  return conflicts;
}

function disjoint(a: StoredCount, b: StoredCount): boolean {
  const aHi = a.max ?? Infinity;
  const bHi = b.max ?? Infinity;
  return aHi < b.min || bHi < a.min;
}

/** A later, higher toll of a cumulative slot is an update, not a contradiction. */
const CUMULATIVE = new Set(["killed", "injured", "arrested", "missing", "displaced"]);
function isUpdate(a: { r: ReportDetails; c: StoredCount }, b: { r: ReportDetails; c: StoredCount }): boolean {
  if (!CUMULATIVE.has(a.c.slot) || !a.r.published || !b.r.published) return false;
  const [early, late] = Date.parse(a.r.published) <= Date.parse(b.r.published) ? [a, b] : [b, a];
  return (late.c.max ?? Infinity) >= early.c.min && late.c.min >= early.c.min;
}

function intervalLabel(c: StoredCount): string {
  if (c.max === null) return `≥${c.min}`;
  return c.min === c.max ? String(c.min) : `${c.min}–${c.max}`;
}

function valueOf(r: ReportDetails, d: StoredPerson | StoredCount, value: string): ConflictValue {
  return {
    value,
    text: d.text,
    quote: d.quote,
    report: r.id,
    source: r.source,
    ...(r.published ? { published: r.published } : {}),
    ...(d.start !== undefined && d.end !== undefined ? { start: d.start, end: d.end } : {}),
  };
}

/** Groups items whose keys are compatible (compatibility need not be transitive: first fit). */
function distinctBy<T>(items: T[], key: (t: T) => string, same: (a: string, b: string) => boolean): T[][] {
  const groups: T[][] = [];
  for (const it of items) {
    const g = groups.find((grp) => same(key(grp[0]!), key(it)));
    if (g) g.push(it);
    else groups.push([it]);
  }
  return groups;
}

function unique(values: ConflictValue[]): ConflictValue[] {
  return [...new Map(values.map((v) => [`${v.report}|${v.text}|${v.start ?? ""}`, v])).values()];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) out.set(key(it), [...(out.get(key(it)) ?? []), it]);
  return out;
}
