/**
 * Court sentences, match-key form, clitics and «ال» stripped («بالسجن» → «سجن»). A prison
 * term is a figure of time after a word of imprisonment; death and life are sentences with
 * no figure; an acquittal is no sentence at all. Courts' words guard the words that mean
 * other things outside a verdict («براءة اختراع» is a patent, «إعدام ميداني» a killing).
 * Source: written for Sada from news usage; no third-party data. Licence: MIT, as the project.
 */
export type Verdict = "death" | "life" | "acquittal";

/** Words of imprisonment before a term: «السجن 6 سنوات», «بسجن الزفزافي 20 عاما», «بعد سجنها 8 أشهر». */
export const PRISON_WORDS = ["سجن", "حبس", "سجنه", "سجنها", "سجنهما", "سجنهم", "حبسه", "حبسها", "حبسهما", "حبسهم"];
/** Words a prison word may stand apart from its term by: «بسجن الزفزافي 20 عاما»; more when «لمدة» brings the term in. */
export const PRISON_REACH = 3;
export const TERM_INTRODUCERS = ["مده", "لمده"];
export const INTRODUCED_REACH = 6;
/** Words before a prison word that make it a place, not a sentence: «بعد خروجه من السجن لمدة 15 سنة» (a travel ban), «قضى سنوات في السجن». */
export const PLACE_BEFORE = ["من", "في", "داخل", "الي"];
/** Units of a prison term. */
export const TERM_UNITS = ["year", "month", "week", "day"];

/** Sentences with no figure. «المؤبد» needs no court word: it is never anything else. */
export const VERDICTS: [string, Verdict][] = [
  ["اعدام", "death"], ["مؤبد", "life"], ["براءه", "acquittal"], ["تبرئه", "acquittal"],
];
export const UNGUARDED: ReadonlySet<Verdict> = new Set(["life"]);
/** Words of a court handing down a verdict, one of which must come shortly before it: «حكما ببراءة». */
export const COURT_WORDS = ["حكم", "حكما", "احكام", "قضت", "تقضي", "يقضي", "قضي", "محكمه", "قضاء", "قضائي", "قضائيه", "اصدر", "اصدرت", "تصدر", "يصدر"];
export const COURT_REACH = 4;
/** Or the one acquitted named right after the verdict: «تعلن براءة الناشط», «ببراءة 45 شخصا» (a number also will do). */
export const ACCUSED_AFTER = ["متهم", "متهمين", "متهمون", "متهمه", "ناشط", "ناشطه", "ناشطين", "معارض", "صحفي", "صحفيه", "صحفيين", "رئيس", "وزير", "مسؤول", "رجل", "امراه"];
