/**
 * What a headline says happened, for polarity conflicts (ARABIC.md §7: contradiction is
 * not only a different figure: «النفط يرتفع» against «انخفاض أسعار النفط», «حبس هشام
 * جنينة» against «براءة هشام جنينة», «فشل هجوم انتحاري» against «مقتل 26 في هجوم انتحاري»).
 * Words as written in news text; claims.ts keys them with the runtime normalizer.
 * Not «left or stayed»: a withdrawal and a stay are of different places as often as not
 * («انسحاب القوات الروسية من سوريا» / «بقاء القوات الروسية في حميميم»).
 * Source: written for Sada from news usage (ANS train headlines); no third-party data.
 * Licence: MIT, as the project.
 */

/** Two opposite poles of one question a headline answers. */
export interface ClaimAxis {
  id: string;
  /** how far apart in time two reports may be and still contradict: a price moves within a day, a custody does not */
  hours: number;
  /** the pole ids, as conflict values: "rose" / "fell" */
  poles: readonly [string, string];
  /** nouns and past verbs of each pole: the subject follows («ارتفاع أسعار النفط», «ارتفعت أسعار النفط») */
  words: readonly [readonly string[], readonly string[]];
  /** present verbs of each pole: a headline puts the subject first («النفط يرتفع»), else after */
  present: readonly [readonly string[], readonly string[]];
  /** verbs of each pole whose subject is what they act on, after them («يخفض الرسوم»: the fees fall; «تعتقل 7 ناشطين»: the seven are held) */
  transitive?: readonly [readonly string[], readonly string[]];
}

export const AXES: readonly ClaimAxis[] = [
  {
    id: "direction",
    hours: 6,
    poles: ["rose", "fell"],
    words: [
      ["ارتفاع", "ارتفع", "ارتفعت", "صعود", "صعد", "صعدت", "قفزة", "قفز", "قفزت", "مكاسب", "انتعاش", "انتعش", "انتعشت", "تعافى", "تعافي"],
      ["انخفاض", "انخفض", "انخفضت", "هبوط", "هبط", "هبطت", "تراجع", "تراجعت", "خسائر", "هوى", "هوت", "تدهور", "تدهورت", "انهيار", "انهار", "انهارت"],
    ],
    present: [
      ["يرتفع", "ترتفع", "يصعد", "تصعد", "يقفز", "تقفز", "يكسب", "تكسب", "ينتعش", "تنتعش", "يتعافى", "تتعافى"],
      ["ينخفض", "تنخفض", "يهبط", "تهبط", "يتراجع", "تتراجع", "يخسر", "تخسر", "يهوي", "تهوي", "يتدهور", "تتدهور", "ينهار", "تنهار"],
    ],
    transitive: [
      ["رفع", "رفعت", "يرفع", "ترفع", "زيادة", "زاد", "زادت", "يزيد", "تزيد"],
      ["خفض", "خفضت", "يخفض", "تخفض", "تخفيض"],
    ],
  },
  {
    id: "custody",
    hours: 24,
    poles: ["held", "freed"],
    words: [
      ["اعتقال", "اعتقل", "اعتقلت", "احتجاز", "احتجز", "احتجزت", "توقيف", "حبس", "سجن", "قبض"],
      ["إفراج", "أفرج", "أفرجت", "سراح", "سبيل", "براءة", "تبرئة", "برأت"],
    ],
    present: [[], []],
    transitive: [
      ["يعتقل", "تعتقل", "يحتجز", "تحتجز", "يقبض", "تقبض"],
      ["يفرج", "تفرج", "يبرئ", "تبرئ"],
    ],
  },
];

/**
 * Words that say an action did not happen or failed, with the action after them: «تفشل في
 * القبض على المتورطين», «فشل هجوم انتحاري», «تنفي انتشار الكوليرا». The action asserted by
 * another report of the event is the conflict. Not a stop («توقف القصف» says there was
 * shelling; «تُوقِف المتهم» detains him), not «رفض» (rejecting statements says they were
 * made; but see REFUSALS), not «ألغى» («يلغي الإنترنت» cuts it, as «يقطع» does): those are STOPPING.
 */
export const DENIALS = [
  "فشل", "فشلت", "يفشل", "تفشل", "أخفق", "أخفقت", "يخفق", "تخفق", "إخفاق",
  "نفى", "نفت", "ينفي", "تنفي", "نفي", "لاصحة",
];

/**
 * Words of refusing an action, which deny it only of the one who refuses: «قطر ترفض دعم تركيا
 * باستثمارات» against «قطر تدعم اقتصاد تركيا», not against «تدخل تركي» (rejecting another's
 * act says it happened). The refuser must be named right before, and asserted as the actor.
 */
export const REFUSALS = ["رفض", "رفضت", "يرفض", "ترفض"];

/**
 * Words about a claim: «ينفي الاتهامات» denies what was said, the accusation itself is not in
 * doubt; «أنباء عن اعتقال مفتي داعش» tells a rumour, not an arrest.
 */
export const CLAIM_WORDS = ["اتهامات", "اتهام", "أنباء", "تقارير", "شائعات", "مزاعم", "ادعاءات", "تصريحات", "إشاعات", "تداوله", "يتداول"];

/** Phrases that dismiss what a headline tells: «ما يتم تداوله عن تأجيل الدراسة غير صحيح» denies, it asserts nothing. */
export const DISMISSALS = ["غير صحيح", "غير صحيحة", "عار عن الصحة", "عارية عن الصحة", "لا أساس له"];

/**
 * Words of stopping, rejecting and calling off: what follows them did not simply happen
 * («ترفض إطلاق سراح المتهم» frees nobody), and a headline with one asserts no action
 * against another's denial.
 */
export const STOPPING = [
  "إيقاف", "تعليق", "تعلق", "يعلق", "وقف", "أوقف", "أوقفت", "يوقف", "توقف", "توقفت", "يتوقف", "تتوقف",
  "رفض", "رفضت", "يرفض", "ترفض", "إلغاء", "ألغى", "ألغت", "يلغي", "تلغي",
];

/** Words that deny what follows them through a light word: «دون وقوع ضحايا»; alone they also measure («دون 1300 دولار») and name («طائرة بدون طيار»). */
export const WITHOUT = ["دون", "بدون"];
/** Verbs of existence after a negation: «لا يوجد اختفاء قسري» denies the disappearances. */
export const EXISTENCE = ["يوجد", "توجد", "هناك", "صحة"];

/**
 * Words before a predicate that make it a possibility or a topic, not a report: «قد تلغي»,
 * «ربما يرتفع», «حسم ملف تأجيل الدراسة», «بحث رفع الأسعار», «حقيقة منع صحيفة الحياة».
 */
export const HEDGES = [
  "قد", "ربما", "يحتمل", "محتمل", "يتوقع", "متوقع", "مرشح", "جهود", "مساعي", "محاولة", "محاولات", "يطالب", "تطالب", "مطالبات", "يدعو", "تدعو", "دعوة",
  "ملف", "مناقشة", "يناقش", "تناقش", "بحث", "يبحث", "تبحث", "مقترح", "اقتراح", "حقيقة",
];

/** Phrases that put a whole headline under discussion: «تأجيل الدراسة على طاولة مديري التعليم» claims nothing happened. */
export const UNDER_DISCUSSION = ["على طاولة", "على الطاولة", "قيد الدراسة", "قيد البحث", "قيد النقاش", "قيد المناقشة"];

/**
 * Phrases of going on, whose «لا» or «ما» negates nothing: «السعودية لا تزال تعتقل 9»,
 * «الليرة ما زالت تنهار» say it still happens.
 */
export const CONTINUING = [
  "لا تزال", "لا يزال", "لا زال", "لا زالت", "ما زال", "ما زالت", "ما تزال", "ما يزال", "لازال", "لازالت", "مازال", "مازالت",
  // «و» on a word of two letters is no clitic reading (too short): the phrases as written
  "ولا تزال", "ولا يزال", "ولا زال", "ولا زالت", "وما زال", "وما زالت", "وما تزال", "وما يزال",
];

/**
 * Verbs of announcing between an actor and the action it takes: «إيران تعلن القبض على 22»
 * tells Iran arrested them, as «إيران تقبض» does.
 */
export const ANNOUNCING = ["تعلن", "يعلن", "أعلن", "أعلنت", "تؤكد", "يؤكد", "أكد", "أكدت"];

/**
 * Verbs whose object is the move and whose subject is what moved, before them: «وول ستريت
 * تسجل أكبر خسائر», «الأسهم السعودية تحقق مكاسب».
 */
export const RECORDING = ["تسجل", "يسجل", "سجلت", "تحقق", "يحقق", "حققت", "تشهد", "يشهد", "شهدت", "تتكبد", "يتكبد", "تكبدت"];
/** Words of degree between a recording verb and its move: «تسجل أكبر خسائر». */
export const DEGREE = ["أكبر", "أعلى", "أدنى", "أسوأ", "أفضل", "أقوى", "أضعف"];

/**
 * Those who hold and free, named after a past verb before whom they hold: «اعتقلت السلطات
 * السعودية 7 ناشطين» holds the activists, not the authorities.
 */
export const AGENTS = ["السلطات", "سلطات", "الشرطة", "قوات", "الأمن", "الجيش", "النيابة", "المحكمة", "محكمة", "الحكومة"];

/** Words that make a sentence a question: it asks, it does not say what happened. */
export const QUESTIONS = ["هل", "لماذا", "كيف", "متى", "ماذا"];

/** Words before a predicate that negate it: the headline says what did not happen, no pole to compare. Not «غير»: «الصادرات غير النفطية» negates nothing. */
export const NEGATIONS = ["لا", "لم", "لن", "ليس", "ليست", "عدم", "دون", "بدون", "ولا", "ولم", "ولن", "وليس", "بلا"];

/**
 * Words before a denial that make it the background of another event («بعد فشل المحادثات»),
 * and before a predicate that tell the subject's earlier state («النفط يتراجع بعد ارتفاعه»:
 * a headline that tells both poles).
 */
export const TIME_BEFORE = ["بعد", "قبل", "منذ", "عقب", "إثر", "اثر", "خلال"];

/** Words skipped between a predicate and its subject: «انخفاض على أسعار الذهب», «الإفراج عن 7 ناشطين». */
export const SUBJECT_PREPOSITIONS = ["في", "على", "عن", "من"];

/** Words after a predicate that qualify the move, not its subject: «يهبط لمستوى قياسي», «ارتفاع مفاجئ في أسعار البتكوين». */
export const QUALIFIERS = ["قياسي", "جديد", "جديدة", "حاد", "حادة", "كبير", "كبيرة", "طفيف", "طفيفة", "مفاجئ", "ملحوظ", "آخر", "عالميا", "مجددا", "جديدا"];

/** Head nouns that say which measure of the subject moved, not what the subject is: «أسعار النفط», «قيمة الدولار». */
export const GENERIC_HEADS = [
  "أسعار", "سعر", "قيمة", "مستوى", "معدل", "نسبة", "حجم", "عدد", "مؤشر", "مؤشرات", "أرباح", "صافي", "أسهم", "سهم", "مبيعات", "إيرادات", "عائدات",
  // the kind of a place, not which: «مدينة تكريت», «محافظة عدن»
  "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "حي", "دولة",
];

/** Words between an action and a denial that carry no action of their own: «تنفي وقوع إصابات», «فشل عملية اغتيال». */
export const LIGHT_WORDS = ["وقوع", "حدوث", "وجود", "إتمام", "عملية", "إجراء", "تسجيل", "محاولة", "محاولات"];

/** Words that end a subject: what follows is another clause («الذهب يرتفع مع تراجع الدولار»). */
export const SUBJECT_STOPS = [
  "مع", "بعد", "قبل", "قبيل", "رغم", "برغم", "وسط", "بسبب", "عقب", "إثر", "اثر", "منذ", "حتى", "خلال", "بين", "لأعلى", "لأدنى", "إلى",
  "و", "أو", "ثم", "الذي", "التي", "الذين", "بعدما", "بينما", "لكن", "بينهم", "بينها", "منهم", "منها",
];

/** How many words of a noun phrase are read for its head, before a verb («أسعار النفط ترتفع») or around a denied action («تسمم مواطنين في مشهد»). */
export const PHRASE_WORDS = 2;
/** How far back a time word makes a predicate the earlier state: «بعد 3 أيام من اعتقاله». */
export const EARLIER_REACH = 4;
/** How many words after a negation it covers: «ليس لديها خطط», «لم تعد الليرة تنهار». */
export const NEGATION_REACH = 3;
/**
 * How far around an asserted action its context may be found in another headline, in words:
 * the action's own words («تنفي وجود مشروعات متعثرة») within ACTION_CONTEXT; else the actor
 * of the denial as the action's subject («إيران تقبض» against «إيران تفشل في القبض»).
 */
export const ACTION_CONTEXT = 5;
/** How far apart in time a denial and an assertion may be and still contradict. */
export const DENIAL_HOURS = 24;
