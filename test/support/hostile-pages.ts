// Hostile pages for the end-to-end tests (RELIABILITY.md §2, "Adversarial pages"),
// served from 127.0.0.1 by their own tiny server. Built from seed 001 (the page
// whose «جيمس أوستن» conflicts with the other reports) so each page has a highlight.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml, SEEDS_DIR } from "./seed-pages";

export const NAME = "جيمس أوستن";
/** Markup that would run if anything parsed page text as HTML: it sets window.__sadaXss. */
export const XSS_PAYLOADS = ["<img src=x onerror=window.__sadaXss=1>", "<script>window.__sadaXss=2</script>", "<svg onload=window.__sadaXss=3>"];
/** Trojan Source controls and zero-width characters (RELIABILITY.md T6, T7). */
export const RLO = "\u202E";
export const PDF = "\u202C";
export const ZWSP = "\u200B";
export const RLM = "\u200F";

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

function seedParagraphs(): string[] {
  const text = readFileSync(join(SEEDS_DIR, "001_9f283f796c65c999.txt"), "utf8");
  return text.split("\n").map((l) => l.trim()).filter(Boolean);
}

/** Paragraphs are already-escaped HTML. */
function page(title: string, paragraphs: readonly string[], head = '<style>body{font-family:"DejaVu Sans",sans-serif;line-height:1.8;max-width:46rem;margin:1rem auto}</style>'): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
<main><article>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article></main>
</body>
</html>
`;
}

/** (a) script and markup payloads as TEXT inside the Arabic sentence that holds the name. */
export function xssPage(): string {
  const [title, ...rest] = seedParagraphs();
  const paragraphs = rest.map((p) =>
    p.includes(NAME) ? escapeHtml(p.replace(`${NAME} هاتفياً`, `${NAME} هاتفياً ${XSS_PAYLOADS.join(" ")}`)) : escapeHtml(p),
  );
  const head = `<style>body{line-height:1.8}</style>`;
  return page(title!, paragraphs, head);
}

/** (b) bidi overrides and zero-width characters inside names and numbers. */
export function bidiPage(): string {
  const [title, ...rest] = seedParagraphs();
  const paragraphs = rest.map((p) =>
    escapeHtml(
      p
        .replace(NAME, `${RLO}جيمس${ZWSP} أوستن${PDF}`)
        .replace("خمسة جنود", `${RLM}5${ZWSP}${RLM} جنود`)
        .replace("صاروخين", `صار${ZWSP}وخين`),
    ),
  );
  return page(title!, paragraphs);
}

/** (c) about 10 MB: seed 001, then ~30,000 text nodes of other Arabic text. */
export function hugePage(targetBytes = 10_000_000): string {
  const [title, ...rest] = seedParagraphs();
  const filler = readFileSync(join(SEEDS_DIR, "004_da22d865173c09e0.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  const paragraphs = rest.map(escapeHtml);
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const p = `${escapeHtml(filler[i % filler.length]!)} <span>${i}</span> <b>${escapeHtml(filler[(i + 1) % filler.length]!.slice(0, 80))}</b>`;
    paragraphs.push(p);
    bytes += Buffer.byteLength(p) + 8;
  }
  return page(title!, paragraphs);
}

/** (d) strict CSP by header: no inline style or script; a same-origin script records violations. */
export function cspPage(): string {
  const [title, ...rest] = seedParagraphs();
  const head = `<script src="/hostile/csp-listen.js"></script>\n<link rel="stylesheet" href="/hostile/page.css">`;
  // a <noscript> image: Readability rewrites those with innerHTML (a Trusted Types sink)
  const paragraphs = [...rest.map(escapeHtml), `<noscript><img src="/hostile/none.png" alt="صورة"></noscript>`];
  return page(title!, paragraphs, head);
}

const CSP_LISTENER = `window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample });
});
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message)); });
`;

/** (e) a plain seed-001 page; the test's page scripts forge messages and events on it. */
export function forgePage(): string {
  const [title, ...rest] = seedParagraphs();
  return page(title!, rest.map(escapeHtml));
}

/** (f) no <article>, the story among page furniture: found by Readability on a clone. */
export function plainPage(): string {
  const [title, ...rest] = seedParagraphs();
  return page(title!, rest.map(escapeHtml))
    .replace("<main><article>", '<div class="wrap"><div class="menu"><a href="/">الرئيسية</a> <a href="/a">سياسة</a></div><div class="story">')
    .replace("</article></main>", '</div><div class="side"><a href="/b">الأكثر قراءة</a></div></div>');
}

export interface HostileServer {
  origin: string;
  url(name: "xss" | "bidi" | "huge" | "csp" | "forge" | "plain"): string;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const routes = new Map<string, { body: string; type: string; headers?: Record<string, string> }>([
    ["/hostile/xss.html", { body: xssPage(), type: "text/html" }],
    ["/hostile/bidi.html", { body: bidiPage(), type: "text/html" }],
    ["/hostile/huge.html", { body: hugePage(), type: "text/html" }],
    ["/hostile/csp.html", { body: cspPage(), type: "text/html", headers: { "Content-Security-Policy": CSP } }],
    ["/hostile/csp-listen.js", { body: CSP_LISTENER, type: "text/javascript" }],
    ["/hostile/page.css", { body: "body{line-height:1.8;max-width:46rem;margin:1rem auto}", type: "text/css" }],
    ["/hostile/forge.html", { body: forgePage(), type: "text/html" }],
    ["/hostile/plain.html", { body: plainPage(), type: "text/html" }],
  ]);
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const route = routes.get(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const body = route?.body ?? "404\n";
    response.writeHead(route ? 200 : 404, {
      "Content-Type": `${route?.type ?? "text/plain"}; charset=utf-8`,
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      ...route?.headers,
    });
    response.end(body);
  };
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 5_000, keepAliveTimeout: 1_000 }, handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (name) => `${origin}/hostile/${name}.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
