import type { Conflict } from "../core/conflict/types.ts";
import { t, uiLanguage, type MessageKey } from "./i18n.ts";
import { QUANTITY_LABELS } from "./quantity-labels.ts";

/**
 * What a conflict or agreement is about, in the reader's language: «الجرحى»,
 * «عدد الجرحى · في حالة خطيرة», «وزير الدفاع · الولايات المتحدة», «مبلغ بالدولار». Role names come from `_locales`
 * (role_<id>), a quantity's from its unit (quantity-labels.ts), country names from the
 * browser's own Intl.DisplayNames: no country table to keep.
 */
const COUNT_SLOTS: Record<string, MessageKey> = {
  killed: "slot_killed",
  injured: "slot_injured",
  casualties: "slot_casualties",
  infected: "slot_infected",
  disease_deaths: "slot_disease_deaths",
  missing: "slot_missing",
  arrested: "slot_arrested",
  displaced: "slot_displaced",
  projectiles_fired: "slot_projectiles_fired",
  projectiles_planned: "slot_projectiles_planned",
  strikes: "slot_strikes",
  attacks: "slot_attacks",
  sentence: "slot_sentence",
};

export function slotLabel({ kind, slot, unit, condition }: Pick<Conflict, "kind" | "slot" | "unit" | "condition">): string {
  if (kind === "count") {
    const label = t((slot === "quantity" && unit !== undefined ? QUANTITY_LABELS[unit] : COUNT_SLOTS[slot]) ?? "slot_count");
    return condition ? `${label} · ${t(`condition_${condition}`)}` : label;
  }
  if (kind === "person" || kind === "role") return roleLabel(slot) ?? t(kind === "person" ? "slot_person" : "slot_role");
  if (kind === "place") return t("slot_place");
  return t(`slot_claim_${slot}` as MessageKey);
}

/** "defense_minister:US" → «وزير الدفاع · الولايات المتحدة»; null for a role without a name. */
function roleLabel(slot: string): string | null {
  const [role, country] = slot.split(":");
  const name = role ? t(`role_${role}` as MessageKey) : "";
  if (!name || name === `role_${role}`) return null;
  return country ? `${name} · ${regionName(country)}` : name;
}

function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: "region" }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}
