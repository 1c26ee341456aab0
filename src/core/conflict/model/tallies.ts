/**
 * Words after a count that make it one day's tally of new cases («تسجيل حالتي إصابة جديدة
 * بفيروس كورونا», «4 إصابات جديدة»): the next day's figure is another tally, not a rise or a
 * contradiction of it. Base forms (clitics and «ال» off), match-key spelling.
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
export const NEW_CASES: readonly string[] = ["جديده", "جديد", "جدد"];
