/**
 * The page's publication time from its metadata: Open Graph `article:published_time`,
 * schema.org `datePublished` in microdata or JSON-LD. Page data is untrusted: JSON is
 * parsed, never evaluated, and only a string value is taken.
 */
const META = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]'];

export function publishedTime(doc: Document): string | undefined {
  for (const selector of META) {
    // Open Graph <meta> sits in <head> (no need to scan a 10 MB body); microdata may be anywhere
    const where = selector.includes("itemprop") ? doc : (doc.head ?? doc);
    const v = where.querySelector(selector)?.getAttribute("content")?.trim();
    if (v) return v;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    const found = datePublishedIn(parseJson(script.textContent ?? ""), 0);
    if (found) return found;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function datePublishedIn(node: unknown, depth: number): string | undefined {
  if (depth > 4 || node === null || typeof node !== "object") return undefined;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 20)) {
      const found = datePublishedIn(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === "string") return record.datePublished;
  return datePublishedIn(record["@graph"], depth + 1);
}
