import browser from "webextension-polyfill";
import { ask } from "../protocol/client.ts";
import type { DbInfo } from "../protocol/results.ts";
import { parseSettings, SETTINGS_KEY, type Settings } from "../protocol/settings.ts";
import { MAX_IMPORT_BASE64 } from "../protocol/limits.ts";
import { CORRECTIONS_KEY } from "../protocol/corrections.ts";

/** The options page's only door to the browser: settings, the optional permission, corrections, the database. */
const ALL_SITES = { origins: ["*://*/*"] };

export const databaseInfo = (): Promise<DbInfo> => ask({ type: "options-bg/get-db-info" });

export async function readSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export const everySiteGranted = () => browser.permissions.contains(ALL_SITES);

/** Must run inside the click handler: browsers ask for the permission only on a user gesture. */
export function setEverySite(on: boolean): Promise<boolean> {
  return on ? browser.permissions.request(ALL_SITES) : browser.permissions.remove(ALL_SITES).then(() => false);
}

export async function importDatabase(file: File): Promise<DbInfo> {
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  if (base64.length > MAX_IMPORT_BASE64) throw new Error(`${file.name}: the file is too large`);
  return ask({ type: "options-bg/import-db", fileName: file.name.slice(0, 255), base64 });
}

/** How many corrections the reader has made (popup), and forgetting them all. */
export const correctionCount = (): Promise<number> => ask({ type: "options-bg/count-corrections" });

export const clearCorrections = (): Promise<number> => ask({ type: "options-bg/clear-corrections" });

/** Calls back when the reader corrects a result in a popup while this page is open. */
export function onCorrectionsChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && CORRECTIONS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export const resetDatabase = (): Promise<DbInfo> => ask({ type: "options-bg/reset-db" });

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
