import { Readability } from "@mozilla/readability";
import { MAX_ARTICLE_CHARS, type Article } from "../../protocol/messages.ts";
import { publishedTime } from "./published-time.ts";
import { blockText } from "./block-text.ts";

/**
 * The article's text, title and publication time. Readability runs on a clone: it
 * rewrites the document it is given, and the page's own DOM must stay untouched.
 */
export function collectArticle(doc: Document, url: string): Article | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return null;
  const full = blockText(content);
  if (!full) return null;
  const title = (parsed.title ?? doc.title).trim().slice(0, 1_000);
  const published = publishedTime(doc) ?? parsed.publishedTime ?? undefined;
  return {
    url,
    ...(title ? { title } : {}),
    text: full.slice(0, MAX_ARTICLE_CHARS),
    ...(published && isInstant(published) ? { published: published.slice(0, 64) } : {}),
    truncated: full.length > MAX_ARTICLE_CHARS,
  };
}

function isInstant(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}
