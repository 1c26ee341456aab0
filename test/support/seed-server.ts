// A tiny local web server for the seed pages: loopback only, static pages
// rendered once at start, no external requests, short timeouts. It also keeps
// a bounded log of what it was asked for, so tests can check that only the
// pages the test opened were ever fetched from it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { saudiNewsNetReports } from "./corpus";
import { loadSeedPages, renderCorpusPage, renderEnglishPage, renderIndexPage } from "./seed-pages";

/**
 * Real reports served as pages too, /reports/<id>.html: two outlets' reports of the Abha
 * mosque bombing (6 August 2015), an event SaudiNewsNet's outlets count differently, whose
 * related reports have real links; and a report of the next morning whose toll (17) rose
 * from the evening's (10).
 */
export const REAL_REPORTS = ["snn-22680", "snn-23679", "snn-23689"] as const;

export interface SeedRequest {
  method: string;
  path: string;
  /** Sec-Fetch-* and Origin headers: tell a navigation from a script's fetch. */
  mode: string | undefined;
  dest: string | undefined;
  origin: string | undefined;
  status: number;
}

export interface SeedServer {
  origin: string;
  /** URL of a seed page; accepts "000" or "seed-000". */
  urlFor(seedId: string): string;
  /** URL of one of REAL_REPORTS as a page. */
  urlForReport(id: (typeof REAL_REPORTS)[number]): string;
  /** Requests received so far (at most MAX_LOGGED, oldest first). */
  requests(): readonly SeedRequest[];
  close(): Promise<void>;
}

const MAX_LOGGED = 1_000;
const MAX_URL_LENGTH = 2_048;

export async function startSeedServer(port = 0): Promise<SeedServer> {
  const seeds = loadSeedPages();
  if (seeds.length === 0) throw new Error("seed-server: no seed files found in test/fixtures/seeds");
  const pages = new Map<string, string>([
    ["/", renderIndexPage(seeds)],
    ["/english.html", renderEnglishPage()],
    ...seeds.map((seed) => [`/seeds/${seed.id}.html`, seed.html] as const),
  ]);
  // rendered on first request: reading the corpus costs a fraction of a second
  let reports: Map<string, string> | undefined;
  const reportPage = (path: string) => {
    if (!path.startsWith("/reports/")) return undefined;
    reports ??= new Map(saudiNewsNetReports(REAL_REPORTS).map((r) => [`/reports/${r.id}.html`, renderCorpusPage(r)]));
    return reports.get(path);
  };
  const log: SeedRequest[] = [];

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const rawUrl = request.url ?? "/";
    const path = rawUrl.length > MAX_URL_LENGTH ? rawUrl.slice(0, MAX_URL_LENGTH) : pathOf(rawUrl);
    const page = pages.get(path) ?? reportPage(path);
    const status =
      rawUrl.length > MAX_URL_LENGTH ? 414 : request.method !== "GET" && request.method !== "HEAD" ? 405 : page ? 200 : 404;
    if (log.length < MAX_LOGGED) {
      log.push({
        method: request.method ?? "",
        path,
        mode: header(request, "sec-fetch-mode"),
        dest: header(request, "sec-fetch-dest"),
        origin: header(request, "origin"),
        status,
      });
    }
    const body = status === 200 && page ? page : `${status}\n`;
    response.writeHead(status, {
      "Content-Type": status === 200 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(request.method === "HEAD" ? undefined : body);
  };

  const server = createServer({ requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 1_000 }, handle);
  server.maxConnections = 64;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    urlFor(seedId: string): string {
      const id = seedId.replace(/^seed-/u, "");
      if (!pages.has(`/seeds/${id}.html`)) throw new Error(`seed-server: unknown seed "${seedId}"`);
      return `${origin}/seeds/${id}.html`;
    },
    urlForReport: (id) => `${origin}/reports/${id}.html`,
    requests: () => log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Path part of a request target; "" when it cannot be parsed (answered with 404). */
function pathOf(rawUrl: string): string {
  try {
    return new URL(rawUrl, "http://127.0.0.1").pathname;
  } catch {
    return "";
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
