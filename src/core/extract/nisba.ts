import { readings, withoutArticle } from "./clitics.ts";
import { NISBA_ENDINGS, NISBA_STEMS } from "./model/nisbas.ts";

/** Country of a nationality adjective in any spelling and ending («الأمريكية» → "US"), else undefined. */
export function nisbaCountry(word: string): string | undefined {
  for (const [form] of readings(word)) {
    for (const f of [form, withoutArticle(form)]) {
      if (!f) continue;
      for (const end of NISBA_ENDINGS) {
        if (!f.endsWith(end)) continue;
        const cc = NISBA_STEMS.get(f.slice(0, -end.length));
        if (cc) return cc;
      }
    }
  }
  return undefined;
}
