import { groupBy } from "../../shared/group-by.ts";
import { UNKNOWN_OUTLET } from "../outlets.ts";

/**
 * Site templates: features that recur in a large share of one outlet's reports are its
 * page furniture (menus, footers, the outlet's name, "most read" boxes), not news. Left
 * in, they make an outlet's reports resemble each other more than they resemble other
 * outlets' reports of the same event (UnifiedFC: two thirds of wrongly joined pairs came
 * from one site). In a big outlet such a feature is a near stop word anyway.
 * The "unknown" outlet is many sites, so it has no template.
 */
export interface TemplateOptions {
  /** an outlet needs this many reports before anything can be called its template */
  minReports: number;
  /** share of the outlet's reports a feature must occur in */
  minShare: number;
}

export interface SourcedFeatures {
  source: string;
  /** feature ids of one report, each once */
  ids: ArrayLike<number>;
}

/** Template feature ids per outlet; outlets without any are absent. */
export function sourceTemplates(reports: readonly SourcedFeatures[], o: TemplateOptions): Map<string, Set<number>> {
  const bySource = byKnownOutlet(reports);
  const templates = new Map<string, Set<number>>();
  // one counter per feature id, cleared after each outlet (a Map per outlet took seconds on a whole corpus)
  let maxId = -1;
  for (const r of reports) for (let i = 0; i < r.ids.length; i++) maxId = Math.max(maxId, r.ids[i]!);
  const df = new Uint32Array(maxId + 1);
  for (const [source, list] of bySource) {
    if (list.length < o.minReports) continue;
    // counts are whole, so reaching the whole number at or above the share is reaching the share
    const needed = Math.max(1, Math.ceil(Math.max(o.minReports, o.minShare * list.length)));
    const template = new Set<number>();
    for (const r of list) {
      for (let i = 0; i < r.ids.length; i++) if (++df[r.ids[i]!]! === needed) template.add(r.ids[i]!);
    }
    for (const r of list) for (let i = 0; i < r.ids.length; i++) df[r.ids[i]!] = 0;
    if (template.size) templates.set(source, template);
  }
  return templates;
}

/** Each report's (feature, count) pairs, its outlet's template left out: what the compiler weighs. */
export function countsWithoutTemplates(reports: readonly (SourcedFeatures & { tf: ArrayLike<number> })[], o: TemplateOptions): [number, number][][] {
  const templates = sourceTemplates(reports, o);
  return reports.map((r) => {
    const template = templates.get(r.source);
    const counts: [number, number][] = [];
    for (let i = 0; i < r.ids.length; i++) if (!template?.has(r.ids[i]!)) counts.push([r.ids[i]!, r.tf[i]!]);
    return counts;
  });
}

/** Reports grouped by outlet, in order; the "unknown" outlet left out. */
export function byKnownOutlet<T extends { source: string }>(reports: readonly T[]): Map<string, T[]> {
  return groupBy(
    reports.filter((r) => r.source !== UNKNOWN_OUTLET),
    (r) => r.source,
  );
}
