import browser from "webextension-polyfill";

/**
 * "Run on every site": when the reader grants the optional host permission, the content
 * script is registered for all pages; when they take it back, it is unregistered. Kept in
 * step at every worker start, since registrations and grants can change while it sleeps.
 */
const ALL_SITES = "*://*/*";
const SCRIPT_ID = "sada-every-site";

export async function syncEverySiteScript(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: [ALL_SITES] });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: [ALL_SITES], js: ["content.js"], css: ["content.css"], runAt: "document_idle", allFrames: false, persistAcrossSessions: true },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
