/**
 * Words that say nothing about which figure a sentence gives, left out when two reports'
 * sentences are compared to see whether their figures are about the same thing
 * (conflict/context.ts), match-key form, light-stemmed: reporting verbs and time words
 * every news sentence has. Function words come from text/model/stopwords.ts.
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
export const GENERIC_CONTEXT_WORDS: readonly string[] = [
  "قال", "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "اشار", "اشارت", "اوضح", "اوضحت", "اضاف", "اضافت",
  "افاد", "افادت", "بين", "لفت", "كشف", "كشفت", "بحسب", "حسب", "وفق", "وفقا", "نقل", "نقلت", "مصدر", "مصادر", "مسؤول",
  "امس", "اليوم", "يوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "صباح", "مساء",
  "اخر", "اخرين", "اخرون", "اخري", "عدد", "نحو", "حوالي", "اكثر", "اقل", "اقرب", "قرابه", "الاقل", "بينهم", "منهم",
  "كما", "فيما", "حيث", "بعد", "قبل", "خلال", "اثر", "جراء", "الذي", "التي", "الذين", "وقد", "قد", "ايضا",
];
