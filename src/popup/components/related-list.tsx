import type { RelatedReport } from "../../core/match/match.ts";
import { outletName } from "../../core/outlets.ts";
import { formatDate, formatNumber, safeHref, t, uiLanguage } from "../../ui/i18n.ts";

/**
 * Other reports of the event, most similar first: outlet, headline (or lede), time, link,
 * and the page's words that matched. Reprints of one wire story are folded under the
 * report they copy: ten reprints are not ten confirmations.
 */
export function RelatedList({ related }: { related: RelatedReport[] }) {
  if (related.length === 0) return <p class="empty">{t("noRelated")}</p>;
  const originals = related.filter((r) => !r.reprintOf || !related.some((o) => o.id === r.reprintOf));
  const reprintsOf = (id: string) => related.filter((r) => r.reprintOf === id);
  return (
    <ol id="related" class="related">
      {originals.map((r) => {
        const href = safeHref(r.url);
        const headline = r.headline;
        return (
          <li key={r.id} data-report-id={r.id}>
            <span class="outlet">{outletName(r.source, uiLanguage())}</span>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" class="headline">
                {headline}
              </a>
            ) : (
              <span class="headline">{headline}</span>
            )}
            <span class="meta">
              {r.published ? <time dateTime={r.published}>{formatDate(r.published)}</time> : null}
              <span class="score">{t("similarity", formatNumber(Math.round(r.score * 100)))}</span>
            </span>
            {r.why.length ? (
              <span class="why">
                {t("matchedOn")} <bdi>{r.why.join("، ")}</bdi>
              </span>
            ) : null}
            {reprintsOf(r.id).length ? (
              <span class="reprints" data-reprints={reprintsOf(r.id).map((c) => c.id).join(" ")}>
                {t("reprintedBy", reprintsOf(r.id).map((c) => outletName(c.source, uiLanguage())).join("، "))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
