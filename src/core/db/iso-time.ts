/**
 * Date.parse for the ISO 8601 forms the database holds ("2015-07-21", "…T02:54:56+03:00",
 * "…T02:54:56Z"), read digit by digit and counted in days: 4.0 ms for the 30,000 dates of
 * every load, where Date.parse took 6.4 (and Date.UTC alone 1.4). Any other string, and
 * any field out of range, goes to Date.parse, so the result is always Date.parse's.
 */
export function isoTime(s: string): number {
  const n = s.length;
  if ((n !== 10 && n !== 20 && n !== 25) || s[4] !== "-" || s[7] !== "-") return Date.parse(s);
  const year = number(s, 0, 4);
  const month = number(s, 5, 2);
  const day = number(s, 8, 2);
  // days past a month's end roll over, as in Date.parse
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return Date.parse(s);
  const date = daysSinceEpoch(year, month, day) * 86_400_000;
  if (n === 10) return date;
  if (s[10] !== "T" || s[13] !== ":" || s[16] !== ":") return Date.parse(s);
  const hour = number(s, 11, 2);
  const minute = number(s, 14, 2);
  const second = number(s, 17, 2);
  if (!(hour <= 23 && minute <= 59 && second <= 59)) return Date.parse(s);
  const utc = date + ((hour * 60 + minute) * 60 + second) * 1000;
  if (n === 20) return s[19] === "Z" ? utc : Date.parse(s);
  const sign = s[19] === "+" ? 1 : s[19] === "-" ? -1 : 0;
  const offset = number(s, 20, 2) * 60 + number(s, 23, 2);
  if (sign === 0 || s[22] !== ":" || !(number(s, 20, 2) <= 23 && number(s, 23, 2) <= 59)) return Date.parse(s);
  return utc - sign * offset * 60_000;
}

/** Days from 1970-01-01 to a day of the proleptic Gregorian calendar (H. Hinnant's days_from_civil): Date.UTC's arithmetic without its cost. */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The decimal number of `length` digits at `at`, or NaN when one is no digit (NaN fails every range test above). */
function number(s: string, at: number, length: number): number {
  let v = 0;
  for (let i = at; i < at + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}
