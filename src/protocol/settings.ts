// zod/mini: the content script reads settings, and full zod would triple its size (STACK.md §7)
import * as z from "zod/mini";

/**
 * The reader's settings, kept in storage.local. Content scripts can write storage.local
 * too (RELIABILITY.md §5), so every read goes through this schema and falls back to
 * the defaults on anything unexpected.
 */
export const SETTINGS_KEY = "settings";

const host = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+$/));

export const SettingsSchema = z.object({
  /** highlight conflicting details in the article */
  highlights: z.boolean(),
  /** also highlight details that several outlets confirm */
  confirmed: z.boolean(),
  /** sites (host names, subdomains included) where Sada stays silent */
  silentSites: z.array(host).check(z.maxLength(500)),
});
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, confirmed: false, silentSites: [] };

export function parseSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** A host as typed by a person («https://www.Example.com/x» → «example.com»), or null when it is none. */
export function normalizeHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  const hostPart = trimmed.replace(/^[a-z]+:\/\//, "").split(/[/?#:]/)[0]!.replace(/^www\./, "");
  return host.safeParse(hostPart).success && hostPart.includes(".") ? hostPart : null;
}

/** Is this page's host one of the silent sites (or a subdomain of one)? */
export function isSilenced(hostname: string, settings: Settings): boolean {
  const h = hostname.toLowerCase();
  return settings.silentSites.some((s) => h === s || h.endsWith(`.${s}`));
}
