import type { ConflictValue } from "../../core/conflict/types.ts";
import { outletName } from "../../core/outlets.ts";
import { formatDate, t, uiLanguage } from "../../ui/i18n.ts";

/** How a value's report is named: «this page» for the page being read, else its outlet. */
export const giverName = (v: ConflictValue, selfId: string) => (v.report === selfId ? t("thisPage") : outletName(v.source, uiLanguage()));

/** One report's words: its outlet (a link to the report when the database has its address), who it cites, when, the quote. */
export function Giver({ v, name, href }: { v: ConflictValue; name: string; href: string | undefined }) {
  return (
    <li data-report-id={v.report}>
      {href ? (
        <a class="outlet" href={href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        <span class="outlet">{name}</span>
      )}
      {v.attribution ? <span class="attribution">{t("accordingTo", v.attribution)}</span> : null}
      {v.published ? <time dateTime={v.published}>{formatDate(v.published)}</time> : null}
      <q dir="auto">{v.quote}</q>
    </li>
  );
}
