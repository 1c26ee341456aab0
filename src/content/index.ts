import { detectArabic } from "../core/text/detect.ts";
import { request } from "../protocol/client.ts";
import { collectArticle } from "./collect/article.ts";
import { textSample } from "./detect/text-sample.ts";
import { isProbablyReaderable } from "@mozilla/readability";

/**
 * Content script: a guest on someone else's page. A cheap synchronous gate first (is the
 * page Arabic?), then, after yielding to the page, article extraction on a clone and one
 * message to the background. The page's DOM is read, never written.
 */
const LOADED = Symbol.for("sada.content");
const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };

if (!scope[LOADED]) {
  scope[LOADED] = true;
  if (__TEST__) {
    document.addEventListener("sada:test-open-popup", () => void request({ type: "cs-bg/test-open-popup" }));
  }
  void analysePage().catch(ignoreInvalidatedContext);
}

async function analysePage(): Promise<void> {
  const url = location.href;
  if (!detectArabic(textSample(document)).isArabic) {
    await request({ type: "cs-bg/not-article", url, reason: "not-arabic" });
    return;
  }
  if (!isProbablyReaderable(document)) {
    await request({ type: "cs-bg/not-article", url, reason: "not-readerable" });
    return;
  }
  await yieldToPage();
  const article = collectArticle(document, url);
  if (!article) {
    await request({ type: "cs-bg/not-article", url, reason: "not-readerable" });
    return;
  }
  await request({ type: "cs-bg/analyze-article", article });
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** After an update or reload of the extension this old script has no background: stop quietly. */
function ignoreInvalidatedContext(e: unknown): void {
  if (!String(e).includes("Extension context invalidated")) throw e;
}
