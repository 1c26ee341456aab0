import { Readability } from "@mozilla/readability";
import type { Article } from "../../protocol/messages.ts";
import { MAX_ARTICLE_CHARS } from "../../protocol/limits.ts";
import type { TaskClock } from "../timing.ts";
import { mapCloneToLive } from "./live-map.ts";
import { publishedTime } from "./published-time.ts";
import type { TextMap } from "./text-map.ts";
import { NOT_TEXT, TextWalker, walkText } from "./walk.ts";

/** NodeFilter.SHOW_TEXT, by value: the same in every DOM (tests run on linkedom, which has no NodeFilter). */
const SHOW_TEXT = 0x4;

/** The message to send, and how its text maps back to the live page. */
export interface CollectedArticle {
  article: Article;
  map: TextMap;
  /** where to look for a span again when its node has changed */
  scope: Node;
}

/**
 * Above this many elements Readability on a clone is one task far over 50 ms (a 10 MB
 * page: seconds), so the live page is read in slices instead (see collectLive).
 */
export const LARGE_PAGE_ELEMENTS = 3_000;
/** An <article> with less text than this is a teaser card, not the story. */
const MIN_ARTICLE_CHARS = 500;
/** Each slice of a long walk; well under the 50 ms long-task line on a slow machine. */
const SLICE_MS = 8;
/** Page furniture inside an article or a body: share bars, related links, forms. */
const FURNITURE = new Set(["NAV", "ASIDE", "FORM", "BUTTON", "FOOTER", "HEADER"]);
const ARTICLE_FURNITURE = new Set(["NAV", "ASIDE", "FORM", "BUTTON"]);

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName("*").length > LARGE_PAGE_ELEMENTS;
}

/**
 * The page's one story container, when it says so itself: a single <article> (or
 * schema.org articleBody) with enough text. Reading it needs no Readability, whose cold
 * run alone costs about 40 ms of main thread on a seed page (RELIABILITY.md §4 budget).
 */
export function articleRoot(doc: Document): Element | null {
  const body = doc.querySelectorAll('[itemprop="articleBody"]');
  const articles = body.length === 1 ? body : doc.getElementsByTagName("article");
  if (articles.length !== 1) return null;
  const root = articles[0]!;
  return hasText(doc, root, MIN_ARTICLE_CHARS) ? root : null;
}

/** Does `root` hold at least `min` characters of text? Stops as soon as it does (no textContent: 10 MB pages). */
function hasText(doc: Document, root: Element, min: number): boolean {
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let size = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((size += n.nodeValue?.length ?? 0) >= min) return true;
  return false;
}

export function largePageRoot(doc: Document): Element | null {
  return doc.querySelector("main, [role=main]") ?? doc.body;
}

/**
 * Readability runs on a clone (it rewrites the document it is given and the page's DOM
 * stays untouched); the clone's text nodes are paired with the live ones first, so the
 * text sent keeps a map back to the page.
 */
export function collectArticle(doc: Document, url: string): CollectedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const liveOf = mapCloneToLive(doc, clone);
  // Readability rewrites <noscript> images with innerHTML, a Trusted Types sink; we want text only
  for (const n of Array.from(clone.getElementsByTagName("noscript"))) n.remove();
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content) return null;
  const map = walkText(content, { resolve: (n) => liveOf.get(n) ?? null, limit: MAX_ARTICLE_CHARS });
  if (!map.text) return null;
  const title = (parsed.title ?? doc.title).trim();
  return { article: toArticle(doc, url, map.text, title, parsed.publishedTime), map, scope: commonScope(doc, map) };
}

/** The live container's text, read in slices between which the page runs; no clone. */
export async function collectLive(doc: Document, root: Element, url: string, clock: TaskClock, signal: AbortSignal): Promise<CollectedArticle | null> {
  const furniture = root === doc.body || root.tagName === "MAIN" ? FURNITURE : ARTICLE_FURNITURE;
  const walker = new TextWalker(root, {
    limit: MAX_ARTICLE_CHARS,
    skip: (el) => {
      const tag = el.tagName.toUpperCase();
      return NOT_TEXT.has(tag) || furniture.has(tag) || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true";
    },
  });
  while (!walker.run(performance.now() + SLICE_MS)) {
    await clock.pause("collect");
    if (signal.aborted) return null;
  }
  const map = walker.finish();
  if (!map.text) return null;
  // metadata lookups scan the whole document: their own task on a large page
  await clock.pause("metadata");
  if (signal.aborted) return null;
  return { article: toArticle(doc, url, map.text, titleOf(doc, root)), map, scope: root };
}

/** The story's own headline when it has one, else the page's title. */
function titleOf(doc: Document, root: Element): string {
  const h1 = root.querySelector("h1") ?? doc.querySelector("h1");
  const og = (doc.head ?? doc).querySelector('meta[property="og:title"]')?.getAttribute("content");
  return (h1?.textContent ?? og ?? doc.title).replace(/\s+/g, " ").trim();
}

function toArticle(doc: Document, url: string, full: string, title: string, readabilityTime?: string | null): Article {
  const published = publishedTime(doc) ?? readabilityTime ?? undefined;
  return {
    url,
    ...(title ? { title: title.slice(0, 1_000) } : {}),
    text: full.slice(0, MAX_ARTICLE_CHARS),
    ...(published && isInstant(published) ? { published: published.slice(0, 64) } : {}),
    truncated: full.length > MAX_ARTICLE_CHARS,
  };
}

/** The live element holding every mapped node: first and last mapped nodes' common ancestor. */
function commonScope(doc: Document, map: TextMap): Node {
  const nodes = map.segments.filter((s) => s.node);
  const first = nodes[0]?.node;
  const last = nodes.at(-1)?.node;
  if (!first || !last) return doc.body ?? doc.documentElement;
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  return range.commonAncestorContainer;
}

function isInstant(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s));
}
