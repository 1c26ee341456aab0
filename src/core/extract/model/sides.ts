/**
 * The side a toll was taken from (ARABIC.md §7 sub-slots): «سقوط 7 قتلى في صفوف الحوثيين»,
 * «قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية». War reports give each side's losses
 * in one breath; a side's toll is no contradiction of another side's, or of the whole.
 * Match-key form. Source: written for Sada from SaudiNewsNet; no third-party data. Licence: MIT, as the project.
 */
/** «صفوف» (ranks) after one of these prepositions, or glued to «ب» («بصفوف»), opens a side */
export const SIDE_PREPOSITIONS = ["في", "بين", "من"];
export const RANKS = "صفوف";
/** «في صفوفهم»: a side known only from the sentence before */
export const RANKS_OF_PRONOUN = ["صفوفهم", "صفوفها", "صفوفه", "صفوفنا", "صفوفهما", "صفوفكم"];
/** a verb of falling may stand between the toll and its side: «قتلى سقطوا في صفوف المقاومة» */
export const FELL = ["سقط", "سقطت", "سقطوا", "سقطا"];
/** heads of a second side joined by «و» («في صفوف الحوثيين وقوات صالح»): then the toll is of both */
export const FORCES = ["قوات", "جيش", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "عناصر", "مقاتلي", "مسلحي", "انصار", "جماعه", "فصائل", "تنظيم"];
/** no one side: «في صفوف الطرفين», «في صفوف من بداخله» */
export const NO_SIDE = ["الطرفين", "الجانبين", "الفريقين", "من", "ما"];
/** words for members before the side's own name: «في صفوف عناصر داعش» is Daesh's side, «عناصر الجيش» the army's */
export const MEMBERS = ["عناصر", "افراد", "مقاتلي", "مسلحي", "منتسبي", "منسوبي"];
/** a second side after «و» that is no plural in «ين/ون»: «الجيش والشرطة», «الحوثيين وحلفائهم», «الكوادر الطبية والمرضى» */
export const OTHER_SIDES = ["شرطه", "امن", "جيش", "حلفاء", "حلفائهم", "مرضي", "اهالي", "سكان"];
/** pointing words before the side's noun: «في صفوف تلك الميليشيات» */
export const DEMONSTRATIVES = ["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك"];
/** a relative clause after the side's noun is no part of its name: «الميليشيات التي انسحبت» */
export const RELATIVES = ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"];
/** words that look definite in match-key form but name nothing: «إلى» → «الي», «إلا», «الآن» */
export const NOT_DEFINITE = ["الي", "الا", "الان"];
/** a side named by its patron takes the patron's word too: «القوات الموالية لهادي» */
export const LOYAL_TO = ["الموالية", "الموالين", "التابعة", "التابعين", "الموالي"];
