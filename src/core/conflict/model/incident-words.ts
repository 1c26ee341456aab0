/**
 * What tells two incidents of one story apart (conflict/incident.ts): a roundup reports a
 * car bomb in one district and another in the next, a suicide attack and a mine. Match-key
 * form (tokenize's `normal`), without «و»/«ب»/«ل»/«ف» and the article, which are taken off
 * before lookup.
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */

/**
 * Words that name a locality by the word after them, when they are indefinite: «منطقة
 * الطارمية», «بلدة سروج». Two names are set apart only after the same word: «مدينة الموصل» and
 * «محافظة نينوى» may be one place. Not «قضاء» («أثناء قضاء عطلتهم»).
 */
export const LOCALITY_WORDS: readonly string[] = ["منطقه", "بلده", "مدينه", "قريه", "حي", "محافظه", "مديريه", "ناحيه", "ولايه", "اقليم", "مخيم", "هجره"];

/**
 * Words that tell a figure of a whole country, spread over it: «في أنحاء البلاد», «في جميع
 * أرجاء المملكة», «في عموم البلاد». A figure at a named locality is a part of it. «البلاد»
 * alone often places one incident («هجوم … جنوب شرق البلاد», «رئيس البلاد»): it tells a whole
 * only beside incidents in the plural («انهيارات أرضية … في وسط البلاد»).
 */
export const SPREAD_WORDS: readonly string[] = ["انحاء", "ارجاء", "عموم"];
export const COUNTRY_WORD = "البلاد";
export const PLURAL_INCIDENTS: readonly string[] = ["انهيارات", "فيضانات", "سيول", "غارات", "هجمات", "حرائق", "اشتباكات", "تفجيرات", "انفجارات", "امطار"];

/** Words after a locality word that describe it instead of naming it: «منطقة سكنية», «مدينة ساحلية». */
export const LOCALITY_DESCRIPTIONS: readonly string[] = [
  "سكنيه", "صناعيه", "تجاريه", "عسكريه", "حدوديه", "زراعيه", "نائيه", "جبليه", "صحراويه", "ريفيه", "ساحليه", "مجاوره", "قريبه",
  "واحده", "اخري", "كبيره", "صغيره", "مهمه", "امنه", "منكوبه", "محاصره", "مختلفه", "متفرقه",
];

/**
 * Kinds of incident a sentence names, each by its words. Two sentences that name kinds and
 * share none, nor two kinds outlets tell one incident by (KINDRED), tell two incidents (a
 * suicide attack, a mine); a general word («هجوم», «انفجار», «حادث») names no kind and tells
 * nothing apart, nor do words other phrases share («النار» of a ceasefire, «الجوية» of an
 * air force).
 */
export const INCIDENT_KINDS: Readonly<Record<string, readonly string[]>> = {
  suicide: ["انتحاري", "انتحاريه", "انتحاريا", "انتحاريين", "انتحاريان"],
  "car-bomb": ["مفخخه", "مفخخ"],
  mine: ["لغم", "الغام", "ناسفه"],
  mortar: ["هاون", "قذيفه", "قذائف"],
  airstrike: ["غاره", "غارات"],
  clashes: ["اشتباكات", "اشتباك", "مواجهات", "معارك", "معركه"],
  traffic: ["تصادم", "اصطدام", "مروري", "دهس"],
  crash: ["تحطم"],
  fire: ["حريق", "حرائق", "احتراق"],
  drowning: ["غرق"],
  shooting: ["رصاص", "قنص", "قناص"],
  stabbing: ["طعن", "طعنه"],
  flood: ["سيول", "فيضانات", "فيضان", "امطار"],
  landslide: ["انهيار", "انهيارات"],
};

/** Kinds that outlets tell one incident by: a roadside bomb or a car bomb, a plane that crashed or hit a mountain, rain and the landslide it caused. */
export const KINDRED: readonly (readonly [string, string])[] = [
  ["car-bomb", "mine"], ["car-bomb", "suicide"], ["crash", "traffic"], ["flood", "landslide"], ["shooting", "clashes"], ["airstrike", "mortar"],
];

/**
 * Words that make a sentence a tally of several incidents: «اشتباكات متفرقة», «هجمات منفصلة», «على عدة
 * جبهات», «الحادث الأول». Its figure answers no one incident of another report.
 */
export const SCATTERED_WORDS: readonly string[] = ["متفرقه", "متفرقات", "منفصله", "منفصلين", "منفصلتين"];
/**
 * A headline that counts accidents in the dual or, after «في» or «ب», the plural tallies several:
 * «مصرع 3 وإصابة 12 بحادثين», «مصرع 7 وإصابة 9 في حوادث مرورية». Indefinite only («قسم
 * الحوادث» is the emergency ward; «سلسلة حوادث» a story's background); not attacks or
 * explosions («في هجومين انتحاريين استهدفا مسجدا»: a twin attack is one incident).
 */
export const TWO_ACCIDENTS: readonly string[] = ["حادثين", "حادثان", "حادثتين", "حادثتان"];
export const ACCIDENTS = "حوادث";
export const IN_WORDS: readonly string[] = ["في", "وفي"];
/** Places in the plural, several when «عدة» comes before or after them: «عدة جبهات», «مناطق عدة». */
export const PLACES_PLURAL: readonly string[] = ["جبهات", "مناطق", "محافظات", "مدن", "مواقع", "قري", "احياء"];
export const SEVERAL = "عده";
/**
 * Localities in the dual are two places: «سقوط أكثر من 160 قذيفة على البلدتين» tallies the
 * shelling of two towns, not the one district another report's figure is of. Not after
 * «بين» or «إحدى» («على الطريق بين المدينتين», «في إحدى البلدتين»: one place); not «حيين»
 * («alive») or «حيان» (a name).
 */
export const TWO_PLACES: readonly string[] = [
  "منطقتين", "منطقتان", "بلدتين", "بلدتان", "مدينتين", "مدينتان", "قريتين", "قريتان", "محافظتين", "محافظتان", "مخيمين", "مخيمان",
];
export const ONE_OF_TWO: readonly string[] = ["بين", "احدي", "احد"];
/**
 * Two days: «خلال يومين» and, before weekdays, «يومي الأربعاء والخميس» tally both days'
 * incidents. Not a time ago («منذ يومين», «قبل يومين»: when the one incident was), nor
 * «اليومي» (daily: «في تقريره اليومي»).
 */
export const TWO_DAYS: readonly string[] = ["يومين", "يومان"];
export const TWO_DAYS_BEFORE_WEEKDAYS = "يومي";
export const AGO: readonly string[] = ["منذ", "قبل"];
/**
 * Incident nouns that an ordinal after them makes one of several: «الحادث الأول», «الهجوم
 * الثاني». Not «الأخير» («الهجوم الأخير» is the one the story is about), nor an ordinal «من
 * نوعه» («الهجوم الأول من نوعه»).
 */
export const INCIDENT_NOUNS: readonly string[] = ["الحادث", "الحادثه", "الهجوم", "الانفجار", "التفجير"];
export const ORDINALS: readonly string[] = ["الاول", "الثاني", "الثالث"];
/** «من نوعه»: after an ordinal, the first of its kind, not the first of several. */
export const OF_ITS_KIND = ["من", "نوعه"];
/**
 * Words of a road named after the places it joins: «على طريق الرياض - خريص», «طريق بيشة».
 * The places of its name (the next ROAD_NAME_WORDS words) are where the road goes, not where
 * the incident was: an accident on the Riyadh–Khurais road is near الأحساء.
 */
export const ROAD_WORDS: readonly string[] = ["طريق", "طرق", "الطريق", "الطرق"];
export const ROAD_NAME_WORDS = 4;
