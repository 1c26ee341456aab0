import { givenNamesCompatible, sameRole } from "../extract/names.ts";
import type { Agreement, Conflict } from "./types.ts";
import type { ReportDetails, StoredPerson } from "./report-details.ts";
import { acrossReports, groupCompatible, spansOf, unique, valueOf, voiceCount } from "./values.ts";

/**
 * People by role (ARABIC.md §5, #26–#30): the same role and country and the same family
 * name (consonant skeleton) with incompatible given names is a name conflict («جيمس
 * أوستن» vs «لويد أوستن»); the same person under different titles for one role is a
 * difference of wording («وزير الحرب» vs «وزير الأمن»); compatible names from several
 * independent voices are an agreement (with the page's spans of it).
 */
type Mention = { r: ReportDetails; p: StoredPerson & { role: NonNullable<StoredPerson["role"]> } };

export function personFindings(reports: readonly ReportDetails[]): { conflicts: Conflict[]; agreements: Agreement[] } {
  const mentions: Mention[] = reports.flatMap((r) => r.people.flatMap((p) => (p.role ? [{ r, p: { ...p, role: p.role } }] : [])));
  const sameSlot = (a: Mention, b: Mention) => a.p.familyKey === b.p.familyKey && sameRole(a.p.role, b.p.role);
  const conflicts: Conflict[] = [];
  const agreements: Agreement[] = [];
  for (const slot of groupCompatible(mentions, sameSlot)) {
    const slotName = `${slot[0]!.p.role.id}${slot[0]!.p.role.country ? `:${slot[0]!.p.role.country}` : ""}`;
    const names = groupCompatible(slot, (a, b) => givenNamesCompatible(a.p.given ?? "", b.p.given ?? ""));
    const named = names.filter((g) => g.some((m) => m.p.given));
    if (named.length >= 2 && acrossReports(named)) {
      conflicts.push({ kind: "person", slot: slotName, severity: "fact", values: named.flatMap((g) => unique(g.map(({ r, p }) => valueOf(r, p, fullName(g))))) });
      continue;
    }
    const titles = groupCompatible(slot, (a, b) => a.p.role.title === b.p.role.title);
    if (titles.length >= 2 && acrossReports(titles)) {
      conflicts.push({ kind: "role", slot: slotName, severity: "wording", values: titles.flatMap((g) => unique(g.map(({ r, p }) => valueOf(r, p, p.role.title)))) });
    }
    const reportsAgreeing = new Set(slot.map((m) => m.r.id));
    const voices = voiceCount(reportsAgreeing, reports);
    if (voices >= 2) agreements.push({ kind: "person", slot: slotName, value: fullName(slot), reports: [...reportsAgreeing], voices, ...spansOf(slot.map((m) => m.p)) });
  }
  return { conflicts, agreements };
}

/** The fullest name a group of mentions gives: «لويد أوستن» rather than «أوستن». */
function fullName(group: readonly Mention[]): string {
  const withGiven = group.find((m) => m.p.given);
  return withGiven ? `${withGiven.p.given} ${withGiven.p.family}` : group[0]!.p.family;
}
