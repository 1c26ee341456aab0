import browser from "webextension-polyfill";
import type { TabState } from "../protocol/results.ts";
import { t, tCount } from "../ui/i18n.ts";

/**
 * The toolbar badge: the number of details outlets disagree on (red), or, when they agree
 * on everything, the number of related reports (blue). Wording-only differences are not
 * disagreements and do not count. The button's title says the same in words, for screen
 * readers and for anyone who wonders what the number means.
 */
export const BADGE_COLORS = { conflicts: "#b3261e", related: "#0b57d0", error: "#5f6368" } as const;

export interface Badge {
  text: string;
  color: string;
  /** the toolbar button's tooltip */
  title: string;
}

export function badgeOf(state: TabState): Badge {
  if (state.status === "error") return { text: "!", color: BADGE_COLORS.error, title: t("stateError", state.message) };
  if (state.status !== "ready") return { text: "", color: BADGE_COLORS.related, title: t("actionTitle") };
  const facts = state.summary.conflicts.filter((c) => c.severity === "fact").length;
  if (facts) return { text: String(facts), color: BADGE_COLORS.conflicts, title: tCount("badgeConflicts", facts) };
  const related = state.summary.related.length;
  if (!related) return { text: "", color: BADGE_COLORS.related, title: t("actionTitle") };
  return { text: String(related), color: BADGE_COLORS.related, title: tCount("badgeRelated", related) };
}

export async function showBadge(tabId: number, state: TabState): Promise<void> {
  const { text, color, title } = badgeOf(state);
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color });
  // a string, not null: Chrome's setTitle refuses null (Firefox would reset with it)
  await browser.action.setTitle({ tabId, title });
}
