import { beforeEach, describe, expect, it, vi } from "vitest";
import ar from "../_locales/ar/messages.json";
import en from "../_locales/en/messages.json";
import { tCount } from "./i18n.ts";
import { valueText } from "./value-text.ts";

// browser.i18n over the real message files, as the browsers resolve them ($1 → the substitution).
type Messages = Record<string, { message: string }>;
const state = { language: "ar", messages: ar as Messages };
vi.mock("webextension-polyfill", () => ({
  default: {
    i18n: {
      getUILanguage: () => state.language,
      getMessage: (key: string, subs?: string[]) => state.messages[key]?.message.replace("$VALUE$", subs?.[0] ?? "") ?? "",
    },
  },
}));

describe("tCount: the plural form the reader's language uses", () => {
  beforeEach(() => Object.assign(state, { language: "ar", messages: ar }));

  it.each([
    [1, "تقرير واحد"],
    [2, "تقريران"],
    [3, "# تقارير"],
    [10, "# تقارير"],
    [11, "# تقريرًا"],
    [99, "# تقريرًا"],
    [100, "# تقرير"],
    [102, "# تقرير"],
  ])("Arabic: %i → %s", (n, text) => {
    // digits as the locale writes them (Intl decides: Latin or Arabic-Indic)
    expect(tCount("valueReports", n)).toBe(text.replace("#", new Intl.NumberFormat("ar").format(n)));
  });

  it.each([
    [1, "1 report"],
    [2, "2 reports"],
    [1000, "1,000 reports"],
  ])("English: %i → %s", (n, text) => {
    Object.assign(state, { language: "en", messages: en });
    expect(tCount("valueReports", n)).toBe(text);
  });

  it("every plural message has the forms its language needs, in both languages", () => {
    const bases = (m: Messages) => new Set(Object.keys(m).filter((k) => k.includes("__")).map((k) => k.split("__")[0]!));
    expect(bases(ar as Messages)).toEqual(bases(en as Messages));
    for (const base of bases(ar as Messages)) {
      for (const form of ["one", "two", "few", "many", "other"]) expect(Object.keys(ar), `ar ${base}__${form}`).toContain(`${base}__${form}`);
      for (const form of ["one", "other"]) expect(Object.keys(en), `en ${base}__${form}`).toContain(`${base}__${form}`);
    }
  });
});

describe("valueText: a value as the reader reads it", () => {
  // [language, value from the core, shown]
  const CASES: [string, string, string][] = [
    ["ar", "92500000000", "92.5 مليار"],
    ["en", "92500000000", "92.5 billion"],
    ["ar", "claim:fell", "انخفض"],
    ["en", "claim:denied", "denied or failed"],
    ["en", "134230802.95", "134.231 million"],
    ["en", "1500", "1,500"],
    ["en", "1.03", "1.03"],
    ["ar-EG", "17", "١٧"],
    // false positives: what is not a plain number stays as the core gave it
    ["en", "لويد أوستن", "لويد أوستن"],
    ["en", "2.5.3", "2.5.3"],
  ];
  it.each(CASES)("%s: %s → %s", (language, value, shown) => {
    Object.assign(state, { language, messages: language.startsWith("ar") ? ar : en });
    expect(valueText(value)).toBe(shown);
  });
});
