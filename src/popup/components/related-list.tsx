import type { RelatedReport } from "../../core/match/match.ts";
import { outletName } from "../../core/outlets.ts";
import { formatDate, formatNumber, safeHref, t, uiLanguage } from "../../ui/i18n.ts";

/** Other reports of the event, most similar first: outlet, headline (or lede), time, link. */
export function RelatedList({ related }: { related: RelatedReport[] }) {
  if (related.length === 0) return <p class="empty">{t("noRelated")}</p>;
  return (
    <ol id="related" class="related">
      {related.map((r) => {
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
          </li>
        );
      })}
    </ol>
  );
}
