import browser from "webextension-polyfill";
import type en from "../_locales/en/messages.json";

/**
 * Interface text from `_locales/` (Arabic by default, English when the browser's
 * language is not Arabic), numbers and dates as the reader's locale writes them.
 */
export type MessageKey = keyof typeof en;

export function t(key: MessageKey, substitution?: string | string[]): string {
  const subs = substitution === undefined ? undefined : typeof substitution === "string" ? [substitution] : substitution;
  return browser.i18n.getMessage(key, subs) || key;
}

/** Message bases with plural forms: `<base>__one`, `__two`, `__few`, `__many`, `__other` (Arabic has all five). */
type PluralBase = { [K in MessageKey]: K extends `${infer B}__other` ? B : never }[MessageKey];

/** A message about `n` things, in the plural form the reader's language uses for `n` (CLDR rules). */
export function tCount(base: PluralBase, n: number): string {
  const form = new Intl.PluralRules(browser.i18n.getUILanguage()).select(n);
  const text = browser.i18n.getMessage(`${base}__${form}`, [formatNumber(n)]);
  return text || t(`${base}__other` as MessageKey, formatNumber(n));
}

export function uiLanguage(): "ar" | "en" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("ar") ? "ar" : "en";
}

export function direction(): "rtl" | "ltr" {
  return uiLanguage() === "ar" ? "rtl" : "ltr";
}

/** In the reader's digits; a million and more in words («92.5 مليار», "92.5 billion"), as news copy writes it. */
export function formatNumber(n: number): string {
  const words = Math.abs(n) >= 1e6 ? ({ notation: "compact", compactDisplay: "long", maximumSignificantDigits: 6 } as const) : {};
  return new Intl.NumberFormat(browser.i18n.getUILanguage(), words).format(n);
}

/** A publication time as a day (with the time when the source gave one). */
export function formatDate(iso: string): string {
  const hasTime = iso.length > 10;
  const d = new Date(hasTime ? iso : `${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    dateStyle: "medium",
    ...(hasTime ? { timeStyle: "short" } : { timeZone: "UTC" }),
  }).format(d);
}

/** Only http(s) links from the database or a page become clickable. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
