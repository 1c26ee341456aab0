import { readFile } from "node:fs/promises";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { detectArabic } from "../core/text/detect.ts";
import { UserError } from "./user-error.ts";

/**
 * An article given on the command line: a .txt file, an .html page (the article is
 * extracted with Readability, as in the extension), or `-` for standard input.
 * Refuses, with one line, what cannot be an Arabic report: missing, empty, binary, not Arabic.
 */
export interface ArticleFile {
  name: string;
  text: string;
  title?: string;
  published?: string;
}

export async function readArticle(path: string, stdin: () => Promise<Buffer>): Promise<ArticleFile> {
  const bytes = path === "-" ? await stdin() : await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`cannot read ${path}: ${e.code === "ENOENT" ? "no such file" : e.code ?? e.message}`);
  });
  const name = path === "-" ? "stdin" : path;
  if (bytes.includes(0)) throw new UserError(`${name}: binary file, expected UTF-8 text or HTML`);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${name}: not UTF-8 text`);
  }
  if (raw.trim() === "") throw new UserError(`${name}: empty`);
  const article = looksLikeHtml(path, raw) ? fromHtml(name, raw) : { name, text: raw.replace(/^\uFEFF/, "") };
  if (!detectArabic(article.text).isArabic) throw new UserError(`${name}: not an Arabic text`);
  return article;
}

function looksLikeHtml(path: string, raw: string): boolean {
  return /\.x?html?$/i.test(path) || /^\s*<(!doctype html|html)/i.test(raw);
}

function fromHtml(name: string, html: string): ArticleFile {
  const { document } = parseHTML(html);
  const published = document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ?? undefined;
  const parsed = new Readability(document as unknown as Document).parse();
  const text = parsed?.textContent?.trim();
  if (!parsed || !text) throw new UserError(`${name}: no article text found in the HTML`);
  return { name, text, ...(parsed.title ? { title: parsed.title } : {}), ...(published ? { published } : {}) };
}
