import { useEffect, useState } from "preact/hooks";
import type { DbInfo } from "../protocol/results.ts";
import { direction, formatDate, formatNumber, safeHref, t, uiLanguage } from "../ui/i18n.ts";
import { databaseInfo } from "./connect.ts";

/** Settings page: what the database holds, where its data comes from, and the privacy promise. */
export function App() {
  const [info, setInfo] = useState<DbInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    databaseInfo().then(setInfo, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <main id="sada-options" class="page" dir={direction()} lang={uiLanguage()}>
      <h1>{t("optionsTitle")}</h1>
      <p>{t("privacyNote")}</p>
      <section aria-labelledby="db-h">
        <h2 id="db-h">{t("dbHeading")}</h2>
        {error ? <p role="alert">{t("stateError", error)}</p> : null}
        {info ? (
          <dl id="db-info">
            <dt>{t("dbReports")}</dt>
            <dd data-field="reports">{formatNumber(info.reports)}</dd>
            <dt>{t("dbEvents")}</dt>
            <dd data-field="events">{formatNumber(info.events)}</dd>
            {info.dateRange ? (
              <>
                <dt>{t("dbRange")}</dt>
                <dd>
                  {formatDate(info.dateRange.from)} – {formatDate(info.dateRange.to)}
                </dd>
              </>
            ) : null}
            <dt>{t("dbVersion")}</dt>
            <dd>
              <code>{info.dbVersion}</code>
            </dd>
          </dl>
        ) : null}
      </section>
      {info ? (
        <section aria-labelledby="credits-h">
          <h2 id="credits-h">{t("creditsHeading")}</h2>
          <ul id="credits">
            {info.credits.map((c) => {
              const href = safeHref(c.url);
              return (
                <li key={c.name}>
                  {href ? <a href={href}>{c.name}</a> : c.name} — {c.licence}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
