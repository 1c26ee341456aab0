import type { ClaimDetail, SourceSpan } from "../extract/types.ts";
import { ACTION_CONTEXT, ACTOR_CONTEXT, AXES, DENIAL_HOURS } from "../extract/model/claims.ts";
import type { Conflict, ConflictValue } from "./types.ts";
import type { Headline, ReportDetails } from "./report-details.ts";
import { quoteAround } from "./quote.ts";
import { sameOutlet, unique, valueOf } from "./values.ts";

/**
 * Headlines of one event that say opposite things happened (ARABIC.md §7): «النفط يرتفع»
 * against «انخفاض أسعار النفط», «حبس هشام جنينة» against «براءة هشام جنينة», «فشل هجوم
 * انتحاري في كابول» against «مقتل 26 في هجوم انتحاري بكابول». Both must speak of the same
 * subject, and close in time (model/claims.ts: hours): a price that rose in the morning and
 * fell at night, a man arrested and released the next day, is a story that moved, not a contradiction.
 * A headline that tells both poles («اعتقل ثم أفرج عنه») takes no side.
 */

type WithHeadline = ReportDetails & { headline: Headline };

const meets = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

/** Published within `hours` of each other (or either undated: headline pairs, pasted text). */
function near(a: ReportDetails, b: ReportDetails, hours: number): boolean {
  if (!a.published || !b.published) return true;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= hours * 3600 * 1000;
}

/** One side as the reader sees it: the headline's words, their sentence, and where they are on the page. */
function sideOf(r: WithHeadline, span: SourceSpan, value: string): ConflictValue {
  const { text, offset } = r.headline;
  const at = offset !== undefined ? { start: span.start + offset, end: span.end + offset } : {};
  return valueOf(r, { text: span.text, quote: quoteAround(text, span.start, span.end), ...at }, `claim:${value}`);
}

/** Opposite poles of one axis about one subject, from outlets on both sides. */
function poleConflicts(reports: readonly WithHeadline[], { id: axis, hours }: (typeof AXES)[number]): Conflict[] {
  const claims = reports.flatMap((r) => r.headline.claims.filter((c) => c.axis === axis).map((c) => ({ r, c })));
  const tellsBoth = (r: WithHeadline, c: ClaimDetail) => r.headline.claims.some((o) => o.axis === axis && o.pole !== c.pole && meets(o.subject, c.subject));
  const sides = claims.filter(({ r, c }) => !tellsBoth(r, c));
  const out: Conflict[] = [];
  const used = new Set<ClaimDetail>();
  for (const a of sides) {
    if (used.has(a.c)) continue;
    const opposed = sides.filter((b) => b.c.pole !== a.c.pole && meets(a.c.subject, b.c.subject) && !sameOutlet(a.r, b.r) && near(a.r, b.r, hours));
    if (opposed.length === 0) continue;
    // everyone who speaks of this subject on this axis, on either side
    const about = sides.filter((x) => !used.has(x.c) && (meets(x.c.subject, a.c.subject) || opposed.some((b) => meets(x.c.subject, b.c.subject))));
    for (const x of about) used.add(x.c);
    out.push({ kind: "claim", slot: axis, severity: "fact", values: unique(about.map(({ r, c }) => sideOf(r, c, c.pole))) });
  }
  return out;
}

/** Where a headline asserts the denied action with its context nearby: the words from one to the other. */
function assertion({ text, asserted: words }: Headline, denial: ClaimDetail): SourceSpan | undefined {
  for (const w of words) {
    if (!meets(w.keys, denial.action ?? [])) continue;
    const near = (reach: number, keys: readonly string[]) => words.find((o) => o !== w && Math.abs(o.at - w.at) <= reach && meets(o.keys, keys));
    const context = near(ACTION_CONTEXT, denial.subject) ?? near(ACTOR_CONTEXT, denial.actor ?? []);
    if (!context) continue;
    const [first, last] = w.at < context.at ? [w, context] : [context, w];
    return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  }
  return undefined;
}

/** An action one headline denies or says failed, and another asserts. */
function denialConflicts(reports: readonly WithHeadline[]): Conflict[] {
  const out: Conflict[] = [];
  for (const a of reports) {
    for (const denial of a.headline.claims.filter((c) => c.axis === "happened")) {
      const asserting = reports.flatMap((b) => {
        // a headline that denies or negates anything tells the same denial in its own words
        if (sameOutlet(a, b) || !near(a, b, DENIAL_HOURS) || b.headline.negates) return [];
        const span = assertion(b.headline, denial);
        return span ? [sideOf(b, span, "happened")] : [];
      });
      if (asserting.length) out.push({ kind: "claim", slot: "happened", severity: "fact", values: unique([sideOf(a, denial, "denied"), ...asserting]) });
    }
  }
  return out;
}

export function claimConflicts(reports: readonly ReportDetails[]): Conflict[] {
  const withHeadline = reports.filter((r): r is WithHeadline => r.headline !== undefined);
  if (withHeadline.length < 2) return [];
  return [...AXES.flatMap((axis) => poleConflicts(withHeadline, axis)), ...denialConflicts(withHeadline)];
}
