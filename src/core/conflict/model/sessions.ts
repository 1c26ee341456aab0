/**
 * Parts of a trading day a market figure's sentence may name: «نزل المؤشر نحو 23 بالمئة
 * خلال التعاملات الصباحية» and «هبط 16.2 بالمئة في ختام التعاملات» are two readings of one
 * day (conflict/occasion.ts). A session word counts only next to a word of trading
 * («الانتخابات المبكرة» is no morning session). Match-key form, without the article and
 * «و»/«ب»/«ل»/«ف».
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
export const SESSIONS: Readonly<Record<string, readonly string[]>> = {
  opening: ["مستهل", "افتتاح", "صباحيه", "مبكره"],
  midday: ["منتصف"],
  closing: ["ختام", "اغلاق", "نهايه"],
};
export const TRADING_WORDS: readonly string[] = ["تعاملات", "تداول", "تداولات", "جلسه"];
