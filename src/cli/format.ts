import type { Findings } from "../core/conflict/compare.ts";
import type { Details } from "../core/extract/types.ts";
import type { matchCommand } from "./commands/analyse.ts";

// Plain-text renderings for the terminal (`--json` prints the objects themselves).

/** The slot, with a quantity's unit and the condition of the injured a figure counts: "quantity دولار", "injured, serious". */
const about = (c: { slot: string; unit?: string; condition?: string }) => `${c.slot}${c.unit ? ` ${c.unit}` : ""}${c.condition ? `, ${c.condition}` : ""}`;

export function formatFindings({ conflicts, updates }: Pick<Findings, "conflicts" | "updates">): string[] {
  const value = (v: Findings["conflicts"][number]["values"][number]) =>
    `  ${v.value}  — ${v.report} (${v.source}${v.published ? `, ${v.published}` : ""}): «${v.quote}»`;
  return [
    ...(conflicts.length ? [] : ["No conflicting details."]),
    ...conflicts.flatMap((c) => [`Conflict (${c.kind}, ${about(c)}${c.severity === "wording" ? ", wording only" : ""}):`, ...c.values.map(value)]),
    ...updates.flatMap((u) => [`Update (${u.kind}, ${about(u)}), oldest first:`, ...u.values.map(value)]),
  ];
}

export function formatMatch(m: ReturnType<typeof matchCommand>): string[] {
  if (!m.event) return [`No matching event (best score ${m.bestScore}).`];
  return [
    `Event ${m.event.id}: ${m.event.title} (${m.event.size} reports)`,
    ...(m.related.length ? m.related.map((r) => `  ${r.score.toFixed(3)}  ${r.id}  ${r.source}  ${r.title}`) : ["  no other reports"]),
    ...formatFindings(m),
  ];
}

export function formatDetails(d: Details): string[] {
  const span = (x: { text: string; start: number; end: number }) => `«${x.text}» [${x.start}, ${x.end})`;
  return [
    `Counts (${d.counts.length}):`,
    ...d.counts.map((c) => `  ${c.slot}: ${c.min}${c.max === c.min ? "" : `–${c.max ?? "∞"}`}${c.group ? ` ${c.group}` : ""}${c.condition ? ` (${c.condition})` : ""}  ${span(c)}`),
    `People (${d.people.length}):`,
    ...d.people.map((p) => `  ${p.name}${p.role ? ` — ${p.role.title}${p.role.country ? ` (${p.role.country})` : ""}` : ""}  ${span(p)}`),
    `Places (${d.places.length}):`,
    ...d.places.map((p) => `  ${p.name} [${[p.id, ...p.within].join(" ⊂ ")}]  ${span(p)}`),
    `Dates (${d.dates.length}):`,
    ...d.dates.map((x) => `  ${x.kind}${x.day ? ` ${x.day}` : ""}${x.part ? ` (${x.part})` : ""}  ${span(x)}`),
  ];
}
