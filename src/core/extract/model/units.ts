/**
 * Units of a quantity (a figure that is not a count of people or things: money, shares,
 * durations, measures), match-key form, each form → the unit's id. A figure is compared
 * across reports only with a figure of the same unit (conflict/quantities.ts).
 * Source: written for Sada from news usage; no third-party data. Licence: MIT, as the project.
 */
const ROWS: [string, string][] = [
  ["دولار دولارا دولارات", "دولار"], ["ريال ريالا ريالات", "ريال"], ["يورو", "يورو"], ["جنيه جنيها جنيهات", "جنيه"], ["استرليني استرلينيا", "استرليني"],
  ["دينار دينارا دنانير", "دينار"], ["درهم درهما دراهم", "درهم"], ["ليره ليرات", "ليره"], ["روبل", "روبل"], ["يوان", "يوان"], ["فرنك فرنكات", "فرنك"],
  ["% بالمئه بالمائه بالماءه", "%"],
  ["عام عاما اعوام سنه سنوات سنين", "year"], ["شهر شهرا اشهر شهور", "month"], ["اسبوع اسبوعا اسابيع", "week"],
  ["يوم يوما ايام", "day"], ["ساعه ساعات", "hour"], ["دقيقه دقائق دقايق", "minute"],
  ["كم كيلومتر كيلومترا كيلومترات", "km"], ["متر مترا امتار", "m"], ["طن طنا اطنان", "ton"], ["برميل برميلا", "barrel"],
  ["كيلوغرام كغ كلغ كيلو", "kg"], ["هكتار", "hectare"], ["فدان", "feddan"], ["ميغاوات ميجاوات", "MW"], ["نقطه نقاط", "point"],
];
/** Unit ids that are money: a bare «77 مليار» is compared with them. */
export const CURRENCIES: ReadonlySet<string> = new Set(["دولار", "ريال", "يورو", "جنيه", "دينار", "درهم", "ليره", "روبل", "يوان", "فرنك", "استرليني"]);
/** Units whose figures name one thing exactly (a year, a rank), never a rounded amount. */
export const EXACT_UNITS: ReadonlySet<string> = new Set(["calendar-year", "rank"]);
export const UNITS: ReadonlyMap<string, string> = new Map(ROWS.flatMap(([forms, id]) => forms.split(" ").map((f) => [f, id] as const)));

/** Units in two words: «في المئة»; «جنيه إسترليني» is the pound sterling, not the Egyptian «جنيه». */
export const UNIT_PHRASES: [string, string][] = [
  ["في المئه", "%"], ["في المائه", "%"], ["بالمئه", "%"],
  ["جنيه استرليني", "استرليني"], ["جنيها استرلينيا", "استرليني"], ["جنيهات استرلينيه", "استرليني"],
];
/** Words before a number that make it a rank: «المرتبة 28», «المركز الـ528». */
export const RANK_BEFORE = ["المرتبه", "المركز", "بالمرتبه", "بالمركز", "المرتبه ال", "المركز ال"];
/** Words before a year that make it a calendar year: «عام 2018», «لعام 2030». */
export const YEAR_BEFORE = ["عام", "العام", "لعام", "سنه", "السنه", "لسنه"];
/** Unit prefix of a figure whose unit is the plain noun after it: «8 معلومات» → "n:معلوم". */
export const NOUN_UNIT = "n:";
/** A bare figure this large with no unit and no counted noun is an amount: «يصل لـ77 مليار». */
export const BARE_AMOUNT_MIN = 1e6;
