/**
 * Words that tell a toll as risen (ARABIC.md #38): «ارتفاع حصيلة الضحايا إلى 46», «ارتفع
 * عدد القتلى», «الحصيلة الجديدة», «الحصيلة باتت الآن ثلاثة قتلى». A rise verb followed by a
 * toll noun, or a toll noun followed by «جديدة», «محدثة» or a verb of having become.
 * Match-key form (tokenize's `normal`), without the article «ال» and the conjunctions
 * «و»/«ف»/«ل», which are taken off before lookup.
 * Source: written for Sada from SaudiNewsNet usage; no third-party data. Licence: MIT, as the project.
 */
export const RISE_WORDS: ReadonlySet<string> = new Set(["ارتفاع", "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "تصاعد", "تصاعدت", "يتصاعد", "تتصاعد"]);
export const TOLL_NOUNS: ReadonlySet<string> = new Set(["حصيله", "عدد"]);
export const NEW_WORDS: ReadonlySet<string> = new Set(["جديده", "محدثه", "باتت", "اصبحت", "صارت"]);
