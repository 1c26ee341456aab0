import type { MessageKey } from "./i18n.ts";

/**
 * What a figure with a unit measures, in the reader's language: each unit id of the
 * language core (core/extract/model/units.ts; "" for a bare «77 مليار») → its message.
 * slot-label.test.ts checks that every unit the core knows has one.
 */
export const QUANTITY_LABELS: Readonly<Record<string, MessageKey>> = {
  "دولار": "qty_dollar",
  "ريال": "qty_riyal",
  "يورو": "qty_euro",
  "جنيه": "qty_pound",
  "استرليني": "qty_sterling",
  "دينار": "qty_dinar",
  "درهم": "qty_dirham",
  "ليره": "qty_lira",
  "روبل": "qty_rouble",
  "يوان": "qty_yuan",
  "فرنك": "qty_franc",
  "%": "qty_percent",
  "year": "qty_year",
  "month": "qty_month",
  "week": "qty_week",
  "day": "qty_day",
  "hour": "qty_hour",
  "minute": "qty_minute",
  "km": "qty_km",
  "m": "qty_m",
  "ton": "qty_ton",
  "barrel": "qty_barrel",
  "kg": "qty_kg",
  "hectare": "qty_hectare",
  "feddan": "qty_feddan",
  "MW": "qty_mw",
  "point": "qty_point",
  "": "qty_amount",
};
