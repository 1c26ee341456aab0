/**
 * Nationality adjectives (nisbas) by stem, match-key form, with ISO 3166 alpha-2 (ARABIC.md
 * §5, #29). A stem takes any nisba ending: ي يه يين يون يان يتان يتين يا («الأميركي»،
 * «الأمريكية»، «أميركيين»، «أميركيًا»). All common spellings are listed as stems.
 * What it is not: place names (src/data/lexicon/places.json).
 * Source: written for Sada; no third-party data. Licence: MIT, as the project.
 */
const STEMS: [string, string][] = [
  ["اميرك امريك", "US"], ["اسرائيل اسراييل", "IL"], ["عراق", "IQ"], ["سور", "SY"], ["ايران", "IR"],
  ["لبنان", "LB"], ["روس", "RU"], ["المان", "DE"], ["بريطان", "GB"], ["فرنس", "FR"], ["ترك", "TR"],
  ["سعود", "SA"], ["مصر", "EG"], ["اردن", "JO"], ["قطر", "QA"], ["بحرين", "BH"], ["كويت", "KW"],
  ["امارات", "AE"], ["يمن", "YE"], ["فلسطين", "PS"], ["صين", "CN"], ["اوكران", "UA"], ["عمان", "OM"],
  ["جزائر", "DZ"], ["مغرب", "MA"], ["تونس", "TN"], ["ليب", "LY"], ["سودان", "SD"], ["صومال", "SO"], ["افغان", "AF"],
  ["باكستان", "PK"], ["هند", "IN"], ["يابان", "JP"], ["اسبان", "ES"], ["ايطال", "IT"],
];

/** Endings a nisba stem can take, longest first. */
export const NISBA_ENDINGS = ["يتان", "يتين", "يين", "يون", "يان", "يه", "يا", "ي"];

export const NISBA_STEMS: ReadonlyMap<string, string> = new Map(
  STEMS.flatMap(([forms, cc]) => forms.split(" ").map((f) => [f, cc] as [string, string])),
);
