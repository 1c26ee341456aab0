import type { Conflict } from "../core/conflict/types.ts";
import { t, type MessageKey } from "./i18n.ts";

/** What a conflict or agreement is about, in the reader's language: «الجرحى», «وزير الدفاع (US)»… */
const COUNT_SLOTS: Record<string, MessageKey> = {
  killed: "slot_killed",
  injured: "slot_injured",
  missing: "slot_missing",
  arrested: "slot_arrested",
  displaced: "slot_displaced",
  projectiles_fired: "slot_projectiles_fired",
  projectiles_planned: "slot_projectiles_planned",
  strikes: "slot_strikes",
  attacks: "slot_attacks",
};

export function slotLabel(kind: Conflict["kind"], slot: string): string {
  if (kind === "count") return t(COUNT_SLOTS[slot] ?? "slot_count");
  if (kind === "person") return t("slot_person");
  if (kind === "role") return t("slot_role");
  if (kind === "place") return t("slot_place");
  return t("slot_date");
}
