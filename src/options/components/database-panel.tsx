import { useState } from "preact/hooks";
import type { DbInfo } from "../../protocol/results.ts";
import { formatDate, formatNumber, safeHref, t } from "../../ui/i18n.ts";
import { importDatabase, resetDatabase } from "../connect.ts";

/** What the database holds and where it comes from; import a file built with `sada build-db`, or go back to the bundled one. */
export function DatabasePanel({ info, onInfo }: { info: DbInfo; onInfo: (i: DbInfo) => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<DbInfo>, done: string) => {
    setBusy(true);
    setStatus({ ok: true, text: t("dbWorking") });
    try {
      onInfo(await work());
      setStatus({ ok: true, text: done });
    } catch (e) {
      setStatus({ ok: false, text: t("dbImportRefused", e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <dl id="db-info">
        <dt>{t("dbOrigin")}</dt>
        <dd data-field="origin">{t(info.origin === "bundled" ? "dbBundled" : "dbImported")}</dd>
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
          <code>{info.dbVersion}</code> ({t("dbFormat", formatNumber(info.formatVersion))})
        </dd>
      </dl>
      <label class="file">
        {/* the command stays left to right inside the Arabic sentence */}
        {t("dbImport")} <code dir="ltr">sada build-db</code>
        {" "}
        <input
          id="db-file"
          type="file"
          accept=".gz,.json,application/gzip,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void act(() => importDatabase(file), t("dbImported"));
            e.currentTarget.value = "";
          }}
        />
      </label>
      {info.origin === "imported" ? (
        <button id="db-reset" type="button" disabled={busy} onClick={() => void act(resetDatabase, t("dbBundled"))}>
          {t("dbReset")}
        </button>
      ) : null}
      {status ? (
        <p id="db-status" role={status.ok ? "status" : "alert"} class={status.ok ? "ok" : "error"}>
          {status.text}
        </p>
      ) : null}
      <h3>{t("creditsHeading")}</h3>
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
    </>
  );
}
