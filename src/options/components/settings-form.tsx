import { useState } from "preact/hooks";
import { normalizeHost, type Settings } from "../../protocol/settings.ts";
import { t } from "../../ui/i18n.ts";

/** Highlights on or off, confirmed details on or off, and the sites where Sada stays silent. */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const [site, setSite] = useState("");
  const [siteError, setSiteError] = useState(false);
  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(site);
    setSiteError(host === null);
    if (host === null) return;
    if (!settings.silentSites.includes(host)) onChange({ ...settings, silentSites: [...settings.silentSites, host].sort() });
    setSite("");
  };
  return (
    <>
      <label class="toggle">
        <input id="opt-highlights" type="checkbox" checked={settings.highlights} onChange={(e) => onChange({ ...settings, highlights: e.currentTarget.checked })} />
        {t("optHighlights")}
      </label>
      <label class="toggle">
        <input id="opt-confirmed" type="checkbox" checked={settings.confirmed} onChange={(e) => onChange({ ...settings, confirmed: e.currentTarget.checked })} />
        {t("optConfirmed")}
      </label>
      <h3 id="silent-h">{t("optSilentSites")}</h3>
      <ul id="silent-sites" aria-labelledby="silent-h">
        {settings.silentSites.map((s) => (
          <li key={s}>
            <bdi>{s}</bdi>{" "}
            <button type="button" onClick={() => onChange({ ...settings, silentSites: settings.silentSites.filter((x) => x !== s) })} aria-label={t("optRemoveSite", s)}>
              {t("optRemove")}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addSite} class="inline">
        <input id="opt-site" dir="ltr" value={site} onInput={(e) => setSite(e.currentTarget.value)} placeholder="example.com" aria-label={t("optSiteLabel")} aria-invalid={siteError} />
        <button type="submit">{t("optAdd")}</button>
        {siteError ? <span role="alert">{t("optBadSite")}</span> : null}
      </form>
    </>
  );
}
