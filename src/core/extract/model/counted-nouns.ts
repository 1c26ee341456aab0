/**
 * Counted nouns (ARABIC.md §3 slot vocabulary, #13–#15, #36, #37), match-key form.
 * Each row: singular, plurals («|»-separated), slot (or null when only a victim verb gives the slot),
 * group class, and whether the dual is usable. The dual (-ان/-ين, -تان/-تين) is read as 2
 * for nouns whose plural is broken or feminine -ات; sound plurals in -ين look like duals
 * («مدنيين», «متعاقدين») and are listed as plurals instead (#14), so their dual is read in
 * -ان only («مدنيان», «إرهابيان»).
 * What it is not: adjectives (nisbas.ts), victim verbs (victim-verbs.ts).
 * Source: written for Sada from the seeds and SaudiNewsNet; no third-party data. Licence: MIT, as the project.
 */
import type { CountSlot } from "../types.ts";

export type NounClass =
  | "soldier" | "security" | "civilian" | "person" | "child" | "woman" | "contractor" | "fighter" | "houthi" | "attacker"
  | "worker" | "official" | "victim" | "projectile" | "drone" | "aircraft" | "strike" | "attack" | "source"
  | "facility" | "vehicle" | "ship" | "time";

/** [singular, plurals, slot, class, dual usable: both endings, «-ان» only (false), none (null)] */
type Row = [string, string, CountSlot | null, NounClass, boolean | null];

const ROWS: Row[] = [
  // victims: the noun carries the slot (#37: one slot for all wordings)
  ["قتيل", "قتلي", "killed", "victim", true],
  ["شهيد", "شهداء", "killed", "victim", true],
  ["ضحيه", "ضحايا", "killed", "victim", true],
  ["جثه", "جثث", "killed", "victim", true],
  ["وفاه", "وفيات", "killed", "victim", false],
  // «15 حالة وفاة», «حالتا وفاة»: deaths counted as cases
  ["حاله وفاه", "حالات وفاه", "killed", "victim", true],
  // «6 حالات إصابة متوسطة»: the injured counted as cases
  ["حاله اصابه", "حالات اصابه", "injured", "victim", true],
  ["جريح", "جرحي", "injured", "victim", true],
  ["مصاب", "مصابين|مصابون", "injured", "victim", false],
  ["اصابه", "اصابات", "injured", "victim", true],
  ["مفقود", "مفقودين|مفقودون", "missing", "victim", false],
  ["معتقل", "معتقلين|معتقلون", "arrested", "victim", false],
  ["موقوف", "موقوفين", "arrested", "victim", false],
  ["نازح", "نازحين|نازحون", "displaced", "victim", false],
  // people: the slot comes from a victim verb, else "other"
  ["جندي", "جنود", null, "soldier", true],
  ["عسكري", "عسكريين|عسكريون", null, "soldier", false],
  ["ضابط", "ضباط", null, "soldier", true],
  ["عنصر", "عناصر", null, "fighter", true],
  ["مقاتل", "مقاتلين|مقاتلون", null, "fighter", false],
  ["مسلح", "مسلحين|مسلحون", null, "fighter", false],
  ["متمرد", "متمردين|متمردون", null, "fighter", false],
  ["مهاجم", "مهاجمين|مهاجمون", null, "attacker", false],
  ["ارهابي", "ارهابيين|ارهابيون", null, "attacker", false],
  // one side of the Yemen war, named as a people: «قتل 16 حوثيا» are not the resistance's dead
  ["حوثي", "حوثيين|حوثيون", null, "houthi", false],
  ["شرطي", "شرطيين", null, "security", false],
  ["رجل امن", "رجال امن|رجال الامن", null, "security", false],
  ["فرد", "افراد", null, "person", true],
  ["شخص", "اشخاص", null, "person", true],
  // «مدنين»: the plural as often misspelt («قتل أربعة مدنين»); only a figure before it makes it a count
  ["مدني", "مدنيين|مدنيون|مدنين", null, "civilian", false],
  ["مواطن", "مواطنين|مواطنون", null, "civilian", false],
  // a resident foreigner, as Saudi reports tell them apart from citizens («وفاة مقيم», «إصابة 3 مقيمين»)
  ["مقيم", "مقيمين|مقيمون", null, "civilian", false],
  ["طفل", "اطفال", null, "child", true],
  ["امراه", "نساء", null, "woman", false],
  ["متعاقد", "متعاقدين|متعاقدون", null, "contractor", false],
  // «عاملان رئيسيان»: two factors as often as two workers
  ["عامل", "عمال|عاملين", null, "worker", null],
  ["مصلي", "مصلين", null, "civilian", false],
  ["راكب", "ركاب", null, "civilian", false],
  // sources (#36: «مصدران أمنيان» is two sources, not a casualty count)
  ["مصدر", "مصادر", "sources", "source", true],
  ["مسؤول", "مسؤولين|مسؤولون", "sources", "official", false],
  // projectiles and strikes
  ["صاروخ", "صواريخ", "projectiles_fired", "projectile", true],
  ["قذيفه", "قذائف|قذايف", "projectiles_fired", "projectile", true],
  ["مسيره", "مسيرات", "projectiles_fired", "drone", true],
  ["درون", "درونات", "projectiles_fired", "drone", false],
  ["غاره", "غارات", "strikes", "strike", true],
  ["ضربه", "ضربات", "strikes", "strike", true],
  ["هجوم", "هجمات", "attacks", "attack", false],
  ["استهداف", "استهدافات", "attacks", "attack", false],
  ["تفجير", "تفجيرات", "attacks", "attack", true],
  // objects: counted, slot "other" (fighter jets, depots, facilities)
  ["طائره", "طائرات|طايرات", "other", "aircraft", true],
  ["مقاتله", "مقاتلات", "other", "aircraft", true],
  ["مخزن", "مخازن", "other", "facility", true],
  ["منشاه", "منشات", "other", "facility", true],
  ["موقع", "مواقع", "other", "facility", true],
  ["مبني", "مباني", "other", "facility", false],
  ["منزل", "منازل", "other", "facility", true],
  ["سياره", "سيارات", "other", "vehicle", true],
  ["دبابه", "دبابات", "other", "vehicle", true],
  ["شاحنه", "شاحنات", "other", "vehicle", true],
  ["دوريه", "دوريات", "other", "vehicle", true],
  ["سفينه", "سفن", "other", "ship", true],
  // «12 مرة»: the slot comes from the event noun before it (استهدافات، هجمات)
  ["مره", "مرات", null, "time", false],
];

/** People in general («أشخاص», «قتلى»): the group of a count that names none, so any group's. */
export const GENERIC_CLASSES: ReadonlySet<string> = new Set<NounClass>(["person", "victim"]);

/** Citizens («مواطنين سعوديين»): with a nisba, the people of that country, as the nisba alone («سعوديين») names them. */
export const CITIZENS = ["مواطن", "مواطنين", "مواطنون", "مواطنان"];

/** Classes of people (not things, times or events): "another" of them is a person too. */
export const PEOPLE_CLASSES: ReadonlySet<string> = new Set<NounClass>([
  "soldier", "security", "civilian", "person", "child", "woman", "contractor", "fighter", "houthi", "attacker", "worker", "official", "victim",
]);

/**
 * The word for two after a noun in the dual, which it repeats for emphasis: «جنديان اثنان»,
 * «مسلحين اثنين» (the dual of a noun whose plural looks alike, #14, told apart by it).
 */
export const EMPHATIC_TWO = ["اثنان", "اثنين", "اثنتان", "اثنتين"];

/** The word for one after a singular, which it repeats: «وحالة وفاة واحدة», «جندي واحد». */
export const EMPHATIC_ONE = ["واحد", "واحده", "واحدا"];

/** «إصابة مقيمين أحدهما باكستاني»: "one of the two", "both" after a noun tell it is a dual, not a plural (#14). */
export const OF_THE_TWO = ["احدهما", "احداهما", "كلاهما", "كلتاهما"];

/** «طائرة مسيرة», «طائرات بدون طيار»: an aircraft noun followed by one of these is a drone. */
export const DRONE_MARKERS = ["مسيره", "مسيرات", "المسيره", "المسيرات", "بدون", "دون"];

export interface CountedNoun {
  slot: CountSlot | null;
  cls: NounClass;
  /** true when this form is the dual (= 2) */
  dual: boolean;
  /** true for the singular form */
  singular: boolean;
}

/** The stem the dual endings go on: «طائره» → «طائرت», «صاروخ» → «صاروخ». */
const dualBase = (sg: string) => (sg.endsWith("ه") ? sg.slice(0, -1) + "ت" : sg);

function duals(sg: string): string[] {
  const base = dualBase(sg);
  // «طائرتا» (construct dual) exists only for feminines: masculine «صاروخا» is an accusative singular
  return sg.endsWith("ه") ? [base + "ان", base + "ين", base + "ا"] : [base + "ان", base + "ين"];
}

/** The first word of a construct in the dual, without «ن»: «حالتا», «حالتي». */
const constructDuals = (sg: string) => [dualBase(sg) + "ا", dualBase(sg) + "ي"];

/** Every form (one or two words, space-joined) → its noun. */
export const COUNTED_NOUNS: ReadonlyMap<string, CountedNoun> = (() => {
  const m = new Map<string, CountedNoun>();
  for (const [sg, pls, slot, cls, dualOk] of ROWS) {
    m.set(sg, { slot, cls, dual: false, singular: true });
    for (const pl of pls.split("|")) m.set(pl, { slot, cls, dual: false, singular: false });
    // a two-word noun is a construct: its first word takes the dual without «ن» («حالتا وفاة», «حالتي وفاة»)
    const [head, ...rest] = sg.split(" ");
    const forms = rest.length ? constructDuals(head!).map((d) => [d, ...rest].join(" ")) : duals(sg);
    // a sound plural's «-ين» looks like the dual, its «-ون» does not: the dual in «-ان» is two («إرهابيان», «مسلحان»)
    const usable = dualOk ? forms : dualOk === false ? forms.filter((d) => d.endsWith("ان")) : [];
    for (const d of usable) if (!m.has(d)) m.set(d, { slot, cls, dual: true, singular: false });
  }
  return m;
})();
