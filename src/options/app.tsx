import { useEffect, useState } from "preact/hooks";
import type { DbInfo } from "../protocol/results.ts";
import type { Settings } from "../protocol/settings.ts";
import { direction, t, uiLanguage } from "../ui/i18n.ts";
import { databaseInfo, everySiteGranted, readSettings, saveSettings, setEverySite } from "./connect.ts";
import { DatabasePanel } from "./components/database-panel.tsx";
import { SettingsForm } from "./components/settings-form.tsx";
import { CorrectionsPanel } from "./components/corrections-panel.tsx";

/** Settings page: reading options, where Sada runs, the reader's corrections, and the event database. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [everySite, setEverySiteState] = useState(false);
  const [info, setInfo] = useState<DbInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  useEffect(() => {
    readSettings().then(setSettings, fail);
    everySiteGranted().then(setEverySiteState, fail);
    databaseInfo().then(setInfo, fail);
  }, []);
  const change = (s: Settings) => {
    setSettings(s);
    void saveSettings(s);
  };
  return (
    <main id="sada-options" class="page" dir={direction()} lang={uiLanguage()}>
      <h1>{t("optionsTitle")}</h1>
      <p>{t("privacyNote")}</p>
      {error ? <p role="alert">{t("stateError", error)}</p> : null}
      <section aria-labelledby="reading-h">
        <h2 id="reading-h">{t("optReading")}</h2>
        {settings ? <SettingsForm settings={settings} onChange={change} /> : null}
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t("optWhere")}</h2>
        <p>{t("optWhereNote")}</p>
        <label class="toggle">
          <input
            id="opt-every-site"
            type="checkbox"
            checked={everySite}
            onChange={(e) => {
              // request() must run in this click's handler: no await before it
              setEverySite(e.currentTarget.checked).then(setEverySiteState, () => setEverySiteState(false));
            }}
          />
          {t("optEverySite")}
        </label>
      </section>
      <section aria-labelledby="corrections-h">
        <h2 id="corrections-h">{t("optCorrections")}</h2>
        <CorrectionsPanel onError={fail} />
      </section>
      <section aria-labelledby="db-h">
        <h2 id="db-h">{t("dbHeading")}</h2>
        {info ? <DatabasePanel info={info} onInfo={setInfo} /> : null}
      </section>
    </main>
  );
}
