import outletTable from "../data/lexicon/outlets.json" with { type: "json" };

/**
 * News outlets from `src/data/lexicon/outlets.json`: display names for a report's
 * `source`, the outlet of a page URL, and the match patterns the manifest's content
 * scripts run on.
 */
export interface Outlet {
  id: string;
  ar: string;
  en: string;
  sites: string[];
}

export const OUTLETS: readonly Outlet[] = outletTable.outlets;

/**
 * The source of a report or page whose outlet is not known (a corpus record that names
 * none, a page on a site not in the table): it may be any outlet, so it is never one voice,
 * one site's template or one site's furniture.
 */
export const UNKNOWN_OUTLET = "unknown";
const byId = new Map(OUTLETS.map((o) => [o.id, o]));

/** Display name of a source id; unknown ids (a domain in a user's corpus) show as written. */
export function outletName(source: string, language: "ar" | "en"): string {
  const o = byId.get(source);
  return o ? o[language] : source;
}

// scheme://[user@]host[:port]path — core has no URL class (it runs without DOM or Node types)
const URL_PARTS = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)(?::\d+)?([^?#]*)/i;

/** The outlet whose site covers this URL («www.aljazeera.net/news/…» → aljazeera.net). */
export function outletOfUrl(url: string): Outlet | undefined {
  const parts = URL_PARTS.exec(url);
  if (!parts) return undefined;
  const host = parts[1]!.toLowerCase();
  const path = parts[2] || "/";
  return OUTLETS.find((o) =>
    o.sites.some((site) => {
      const { siteHost, sitePath } = siteParts(site);
      return (host === siteHost || host.endsWith(`.${siteHost}`)) && path.startsWith(sitePath);
    }),
  );
}

/** WebExtension match patterns for every outlet site: host and subdomains, any scheme. */
export function outletMatchPatterns(): string[] {
  return OUTLETS.flatMap((o) =>
    o.sites.map((site) => {
      const { siteHost, sitePath } = siteParts(site);
      return `*://*.${siteHost}${sitePath || "/"}*`;
    }),
  );
}

/** «bbc.com/arabic» → host «bbc.com», path «/arabic»; a bare host has an empty path. */
function siteParts(site: string): { siteHost: string; sitePath: string } {
  const slash = site.indexOf("/");
  return slash < 0 ? { siteHost: site, sitePath: "" } : { siteHost: site.slice(0, slash), sitePath: site.slice(slash) };
}
