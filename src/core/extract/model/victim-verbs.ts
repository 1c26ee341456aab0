/**
 * Victim verbs and verbal nouns (ARABIC.md §3: a count needs a counted noun or a governing
 * victim verb), match-key form, each with the slot it gives. `before` words govern a
 * number after them («أصيب 21 فرداً», «مقتل عشرة»); `after` words follow the counted noun
 * («خمسة جنود أميركيين أصيبوا»). What it is not: attribution verbs (attribution.ts).
 * Source: written for Sada from the seeds and SaudiNewsNet; no third-party data. Licence: MIT, as the project.
 */
import type { Condition, CountSlot } from "../types.ts";

const BEFORE: [string, CountSlot][] = [
  ["مقتل مصرع قتل استشهاد وفاه سقوط موت قتلت قتلوا غرق ضحيته ضحيتها ضحيتهم استشهد استشهدت توفي توفيت", "killed"],
  ["اصابه اصيب اصيبت جرح جرحت اصابت", "injured"],
  ["فقدان اختفاء", "missing"],
  ["اعتقال اعتقل اعتقلت توقيف اوقف اوقفت القبض", "arrested"],
  ["نزوح تهجير نزح تشريد شرد", "displaced"],
  ["اطلاق اطلق اطلقت اطلقوا اسقاط اسقط", "projectiles_fired"],
  ["معدا معد اعداد تجهيز مجهزا مجهز", "projectiles_planned"],
  ["شن شنت نفذ نفذت تنفيذ", "strikes"],
  // the injured who left hospital are some of the injured, not their toll: «فيما غادر 8 مصابين المستشفى»
  ["غادر غادرت غادروا مغادره", "other"],
];
const AFTER: [string, CountSlot][] = [
  ["قتلوا قتلا قتل قتلت لقوا لقي لقيا استشهدوا استشهد استشهدا حتفهم حتفه حتفهما حتفهن مصرعهم مصرعه مصرعهما مصرعهن توفوا توفي توفيا", "killed"],
  ["اصيبوا اصيب اصيبا اصيبت جرحوا جرح", "injured"],
  ["فقدوا فقد", "missing"],
  ["اعتقلوا اعتقل", "arrested"],
];

/**
 * Verbs of being exposed to something, whose slot the «ل» phrase after the counted words
 * names: «تعرض 7 من رجال حرس الحدود للإصابة», «تعرض أحد أفراد الدورية لإصابة بسيطة».
 */
export const EXPOSED_VERBS: ReadonlySet<string> = new Set(["تعرض", "تعرضت", "تعرضوا", "تعرضا"]);
export const EXPOSED_TO: ReadonlyMap<string, CountSlot> = new Map([
  ["اصابه", "injured"], ["الاصابه", "injured"], ["اصابات", "injured"], ["الاصابات", "injured"], ["جروح", "injured"],
]);
/** How far after the verb its «ل» phrase may come, in its clause. */
export const EXPOSED_REACH = 8;

function expand(rows: [string, CountSlot][]): ReadonlyMap<string, CountSlot> {
  const m = new Map<string, CountSlot>();
  for (const [forms, slot] of rows) for (const f of forms.split(" ")) m.set(f, slot);
  return m;
}

export const VICTIM_BEFORE = expand(BEFORE);
export const VICTIM_AFTER = expand(AFTER);

/**
 * Words that tell the condition of the injured, after one of CONDITION_NOUNS («بجروح خطيرة»,
 * «إصاباتهم بالغة», «في حالة حرجة»); after a singular «إصابة» they make it one case
 * («وإصابة حرجة»). The three grades of a hospital's triage: «حرجة», «متوسطة», «طفيفة». Match-key form.
 */
export const SEVERITY: Readonly<Record<string, Condition>> = {
  خطيره: "serious", بالغه: "serious", بليغه: "serious", خطره: "serious", حرجه: "serious",
  متوسطه: "moderate",
  طفيفه: "minor", طفيف: "minor", بسيطه: "minor",
};
/**
 * Nouns of the injured's condition, that a SEVERITY word follows: «بجروح», «إصاباتهم»,
 * «حالتهم», «(في) حالة», «4 حالات». Match-key form, with «و» and «ب» where writers join them.
 */
export const CONDITION_NOUNS: readonly string[] = [
  "جروح", "بجروح", "جراح", "بجراح", "جروحهم", "جراحهم", "اصابات", "باصابات", "اصابه", "اصابته", "اصابتها", "اصابتهم", "اصابتهما", "اصاباتهم", "اصاباتهما",
  "حاله", "بحاله", "حالات", "حالته", "حالتها", "حالتهم", "حالتهما", "حالاتهم", "وحالته", "وحالتهم",
];
/** A word that may stand between a condition noun and its severity: «في حالة (صحية) حرجة». Match-key form. */
export const CONDITION_FILLERS: readonly string[] = ["صحيه"];
/**
 * Words after a count that tell of most or some of them, not all: the condition after them
 * is a part's («200 جريح معظمهم إصابتهم خطرة», «46 شخصا بعضهم في حالة خطرة»), as it is after
 * PART_OF, AMONG_THEM and ONE_OF_THEM. Match-key form.
 */
export const MOST_OF_THEM: readonly string[] = ["معظمهم", "بعضهم", "اغلبهم", "غالبيتهم", "اكثرهم"];
/** «بينهم» after a count: a part of them follows («مقتل 13 شخصا بينهم 10 طلاب», «بينهم حالة حرجة»). Match-key form. */
export const AMONG_THEM: readonly string[] = ["بينهم", "بينهما", "بينهن", "بينها"];
/** «أحدهم في حالة حرجة», «أحدهما حالته حرجة»: one of the injured counted before, in that condition. Match-key form. */
export const ONE_OF_THEM: readonly string[] = ["احدهم", "احدهما", "احداهما", "احداهم", "احداهن", "احداها"];
/** «منهم» after a figure: a part of the people counted before it («ثلاثة منهم إصاباتهم بالغة»). Match-key form. */
export const PART_OF: readonly string[] = ["منهم", "منهما", "منهن", "منها"];
/** The one case a condition makes of «حالة» after a part of the injured: «بينهم حالة حرجة». Match-key form. */
export const CASE_WORDS: readonly string[] = ["حاله", "وحاله"];
/** A death told in more than one word, after the counted words or before them: «انتقل (إلى رحمة الله) اثنان من المصابين (إلى رحمة الله)». Match-key form. */
export const DEATH_PHRASE = "الي رحمه الله";

/**
 * «وأصيب آخر», «وفاة امرأة وإصابة أخرى», «قتل وفقد آخر»: one more victim, told as "another"
 * right after a victim verb, when a count before it in the sentence says of what. Match-key form.
 */
export const ANOTHER: readonly string[] = ["اخر", "اخري"];
/**
 * What may follow that "another" (a preposition, a new clause): anything else makes it an
 * adjective of the word after it («إصابة آخر لاعب», «مقتل آخر قائد»: the last).
 */
export const AFTER_ANOTHER: readonly string[] = [
  "في", "من", "علي", "اثر", "جراء", "اثناء", "خلال", "بعد", "قبل", "حيث", "بجروح", "باصابات", "بحروق", "بكسور", "برصاص",
  // a new clause, of what was done for them: «وإصابة آخر ونقل إلى المستشفى»; not any «و» («وفقد آخر وعيه»: he fainted)
  "ونقل", "ونقلا", "ونقلوا", "وتم", "وقد",
];

/**
 * Before one case it is a condition or the injury of someone counted already, not a victim:
 * «في حالة وفاة المريض», «يعاني من إصابة خطيرة», «غاب بسبب إصابة طفيفة», «توفي إثر إصابة بالغة». Match-key form.
 */
export const CASE_BLOCKERS = ["في", "وفي", "من", "بسبب", "اثر", "جراء", "نتيجه"];
