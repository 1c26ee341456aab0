import browser from "webextension-polyfill";
import { parseSettings, SETTINGS_KEY, type Settings } from "../protocol/settings.ts";

/**
 * The reader's settings (options page). storage.local is writable by any content
 * script, so the value is parsed, never trusted: anything odd means the defaults.
 */
export async function readSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}
