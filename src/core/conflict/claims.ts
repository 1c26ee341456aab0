import type { ClaimDetail, SourceSpan } from "../extract/types.ts";
import { ACTION_CONTEXT, AXES, DENIAL_HOURS, type ClaimAxis } from "../extract/model/claims.ts";
import type { Conflict, ConflictValue } from "./types.ts";
import type { Headline, ReportDetails } from "./report-details.ts";
import { quoteAround } from "./quote.ts";
import { hoursBetween, sameOutlet, unique, valueOf } from "./values.ts";

/**
 * Headlines of one event that say opposite things happened (ARABIC.md §7): «النفط يرتفع»
 * against «انخفاض أسعار النفط», «حبس هشام جنينة» against «براءة هشام جنينة», «فشل هجوم
 * انتحاري في كابول» against «مقتل 26 في هجوم انتحاري بكابول». Both must speak of the same
 * subject, come from two outlets, and be close in time (model/claims.ts: hours): a price
 * that rose in the morning and fell at night, a man arrested and released the next day, is
 * a story that moved, not a contradiction. A headline that tells both poles («اعتقل ثم أفرج
 * عنه») takes no side.
 */
type WithHeadline = ReportDetails & { headline: Headline };
type Said = { r: WithHeadline; c: ClaimDetail };

const meets = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));
/** One subject: the same head, qualified alike or left unqualified by one («الدولار» is «الدولار الأمريكي», not «الدولار الأسترالي»). */
const sameSubject = (a: ClaimDetail, b: ClaimDetail) => meets(a.subject, b.subject) && (!a.qualifier || !b.qualifier || meets(a.qualifier, b.qualifier));

/**
 * Published within `hours` of each other. Two undated headlines (a pair compared from a
 * terminal) are taken as one moment; one dated and one not cannot be placed, so they are not.
 */
function near(a: ReportDetails, b: ReportDetails, hours: number): boolean {
  return (!a.published && !b.published) || hoursBetween(a, b) <= hours;
}

/** One side as the reader sees it: the headline's words, their sentence, and where they are on the page. */
function sideOf(r: WithHeadline, span: SourceSpan, value: string): ConflictValue {
  const { text, offset } = r.headline;
  const at = offset !== undefined ? { start: span.start + offset, end: span.end + offset } : {};
  return valueOf(r, { text: span.text, quote: quoteAround(text, span.start, span.end), ...at }, `claim:${value}`);
}

/**
 * Opposite poles of one axis about one subject. Each conflict is anchored on one claim: the
 * claims against it, and those that agree with either side, from reports close enough in
 * time to the anchor and, for the other side, from other outlets.
 */
function poleConflicts(reports: readonly WithHeadline[], { id: axis, hours }: ClaimAxis): Conflict[] {
  const claims = reports.flatMap((r) => r.headline.claims.filter((c) => c.axis === axis).map((c) => ({ r, c })));
  const tellsBoth = ({ r, c }: Said) => r.headline.claims.some((o) => o.axis === axis && o.pole !== c.pole && sameSubject(o, c));
  const sides = claims.filter((s) => !tellsBoth(s));
  const out: Conflict[] = [];
  const used = new Set<ClaimDetail>();
  for (const a of sides) {
    if (used.has(a.c)) continue;
    const close = (x: Said) => !used.has(x.c) && sameSubject(x.c, a.c) && near(a.r, x.r, hours);
    const opposed = sides.filter((b) => close(b) && b.c.pole !== a.c.pole && !sameOutlet(a.r, b.r));
    if (opposed.length === 0) continue;
    const about = sides.filter((x) => close(x) && (x.c.pole !== a.c.pole ? !sameOutlet(a.r, x.r) : true));
    for (const x of about) used.add(x.c);
    out.push({ kind: "claim", slot: axis, severity: "fact", values: unique(about.map(({ r, c }) => sideOf(r, c, c.pole))) });
  }
  return out;
}

/**
 * Where a headline asserts the denied action with its context nearby: the action's own words
 * within a few words, or the denial's actor right before it in the same clause (for a
 * refusal, only its actor: rejecting another's act says it happened).
 */
function assertion({ text, asserted: words }: Headline, denial: ClaimDetail): SourceSpan | undefined {
  for (const w of words) {
    if (!meets(w.keys, denial.action ?? [])) continue;
    const context =
      (denial.refused ? undefined : words.find((o) => o !== w && Math.abs(o.at - w.at) <= ACTION_CONTEXT && meets(o.keys, denial.subject))) ??
      // the actor as the action's subject: just before it, in its clause («إيران تقبض»)
      words.find((o) => w.actorAt.includes(o.at) && meets(o.keys, denial.actor ?? []));
    if (!context) continue;
    const [first, last] = w.at < context.at ? [w, context] : [context, w];
    return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  }
  return undefined;
}

/** An action headlines deny or say failed, and others assert: one conflict per action, every denial and assertion of it. */
function denialConflicts(reports: readonly WithHeadline[]): Conflict[] {
  const out: { action: string[]; values: ConflictValue[] }[] = [];
  for (const a of reports) {
    for (const denial of a.headline.claims.filter((c) => c.axis === "happened")) {
      const asserting = reports.flatMap((b) => {
        // a headline that denies or negates anything tells the same denial in its own words
        if (sameOutlet(a, b) || !near(a, b, DENIAL_HOURS) || b.headline.negates) return [];
        const span = assertion(b.headline, denial);
        return span ? [sideOf(b, span, "happened")] : [];
      });
      if (asserting.length === 0) continue;
      const values = [sideOf(a, denial, "denied"), ...asserting];
      const same = out.find((o) => meets(o.action, denial.action ?? []));
      // a report asserting the action against two denials is one value, not two
      if (same) same.values.push(...values.filter((v) => !same.values.some((x) => x.report === v.report && x.value === v.value)));
      else out.push({ action: denial.action ?? [], values });
    }
  }
  return out.map(({ values }) => ({ kind: "claim", slot: "happened", severity: "fact", values: unique(values) }));
}

export function claimConflicts(reports: readonly ReportDetails[]): Conflict[] {
  const withHeadline = reports.filter((r): r is WithHeadline => r.headline !== undefined);
  if (withHeadline.length < 2) return [];
  return [...AXES.flatMap((axis) => poleConflicts(withHeadline, axis)), ...denialConflicts(withHeadline)];
}
