import { placeRelation } from "../extract/places.ts";
import type { Conflict } from "./types.ts";
import type { ReportDetails } from "./report-details.ts";
import { sameOutlet, unique, valueOf } from "./values.ts";

/**
 * Where it happened (ARABIC.md §5, #31–#33): reports name many places in passing, so
 * only sites (bases, facilities) are compared. Containment is compatible (عين الأسد ⊂
 * الأنبار); two reports whose sites are all disjoint from each other's conflict
 * (عين الأسد vs حرير).
 */
export function placeConflicts(reports: readonly ReportDetails[]): Conflict[] {
  const withSites = reports.filter((r) => r.places.length > 0);
  const compatible = (a: string, b: string) => placeRelation(a, b) !== "disjoint";
  const clash = withSites.some((a) => withSites.some((b) => !sameOutlet(a, b) && a.places.every((x) => b.places.every((y) => !compatible(x.id, y.id)))));
  if (!clash) return [];
  return [{ kind: "place", slot: "site", severity: "fact", values: unique(withSites.flatMap((r) => r.places.map((p) => valueOf(r, p, p.name)))) }];
}
