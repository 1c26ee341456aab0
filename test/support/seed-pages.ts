// Turns the plain-text seed articles into realistic Arabic news pages for the
// end-to-end tests and the local demo (`npm start`). Seeds are read from the
// project copy in test/fixtures/seeds so a fresh clone has everything it needs.
// Seed text is untrusted: every piece of it is HTML-escaped before use.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEEDS_DIR = fileURLToPath(new URL("../fixtures/seeds/", import.meta.url));

/** Name of the made-up outlet that "publishes" the pages (not the extension's name). */
const SITE_NAME = "جريدة الأفق";
/** Title used when a seed's first line is body text rather than a headline. */
const GENERIC_TITLE = "تقرير إخباري";

export interface SeedPage {
  /** "000" … "004": the file-name prefix, also the path /seeds/<id>.html. */
  id: string;
  /** Id the extension's database uses for this seed ("seed-000"). */
  reportId: string;
  file: string;
  title: string;
  /** ISO date, only when the seed text itself carries a dateline. */
  publishedTime: string | undefined;
  html: string;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

// Gregorian month names as written in the Gulf/Egypt and in the Levant/Iraq.
const ARABIC_MONTHS: ReadonlyArray<readonly string[]> = [
  ["يناير", "كانون الثاني"],
  ["فبراير", "شباط"],
  ["مارس", "آذار"],
  ["أبريل", "إبريل", "ابريل", "نيسان"],
  ["مايو", "أيار"],
  ["يونيو", "يونيه", "حزيران"],
  ["يوليو", "يوليه", "تموز"],
  ["أغسطس", "اغسطس", "آب"],
  ["سبتمبر", "أيلول"],
  ["أكتوبر", "اكتوبر", "تشرين الأول"],
  ["نوفمبر", "تشرين الثاني"],
  ["ديسمبر", "كانون الأول"],
];

function monthNumber(name: string): number | undefined {
  const index = ARABIC_MONTHS.findIndex((names) => names.includes(name));
  return index < 0 ? undefined : index + 1;
}

/**
 * Reads a dateline at the very start of a line ("أغسطس 6, 2024…" or
 * "6 أغسطس 2024…") and returns it as YYYY-MM-DD. Only a leading dateline
 * counts: dates quoted inside the story are not the publication date.
 */
export function parseDateline(line: string): string | undefined {
  const monthFirst = /^\s*([\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?) (\d{1,2})[,،]? (\d{4})/u.exec(line);
  const dayFirst = /^\s*(\d{1,2}) ([\u0600-\u06FF]+(?: [\u0600-\u06FF]+)?)[,،]? (\d{4})/u.exec(line);
  const parts = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : undefined;
  if (!parts?.month || !parts.day || !parts.year) return undefined;
  const month = monthNumber(parts.month);
  const day = Number(parts.day);
  if (month === undefined || day < 1 || day > 31) return undefined;
  return `${parts.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A first line reads as a headline when it is short and not a finished sentence. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/u).length;
  return text.length > 0 && text.length <= 150 && words <= 20 && !/[.،:]$/u.test(text) && !parseDateline(text);
}

type Block = { kind: "p"; text: string } | { kind: "list"; items: string[] };

/** One <p> per non-empty line; runs of "• item" lines become one list. */
function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = /^[•·▪◦]\s*(.+)$/u.exec(line);
    const last = blocks.at(-1);
    if (bullet?.[1]) {
      if (last?.kind === "list") last.items.push(bullet[1]);
      else blocks.push({ kind: "list", items: [bullet[1]] });
    } else {
      blocks.push({ kind: "p", text: line });
    }
  }
  return blocks;
}

const STYLE = `
body{margin:0;font-family:"Noto Naskh Arabic","DejaVu Sans",sans-serif;line-height:1.8;color:#1d1d1f;background:#fafafa}
.site-header{background:#0b3d5c;color:#fff;padding:.75rem 1.5rem;display:flex;gap:2rem;align-items:center}
.site-header a{color:#fff;text-decoration:none}
.logo{font-size:1.4rem;font-weight:bold}
nav ul{list-style:none;display:flex;gap:1.25rem;margin:0;padding:0}
main{max-width:46rem;margin:1.5rem auto;padding:0 1rem;background:#fff}
article{padding:1rem 1.5rem}
h1{line-height:1.4}
.dateline{color:#666;font-size:.9rem}
footer{border-top:1px solid #ddd;padding:1rem 1.5rem;color:#555;font-size:.85rem;text-align:center}
`;

function layout(options: { lang: string; dir: "rtl" | "ltr"; title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="${options.lang}" dir="${options.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
${options.head ?? ""}<style>${STYLE}</style>
</head>
<body>
${options.body}
</body>
</html>
`;
}

function arabicHeader(): string {
  const sections = [
    ["/", "الرئيسية"],
    ["/#politics", "سياسة"],
    ["/#economy", "اقتصاد"],
    ["/#world", "العالم"],
    ["/#sport", "رياضة"],
  ] as const;
  const links = sections.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join("");
  return `<header class="site-header"><a class="logo" href="/">${SITE_NAME}</a>
<nav aria-label="الأقسام"><ul>${links}</ul></nav></header>`;
}

function arabicFooter(): string {
  return `<footer><p>© ${SITE_NAME} — صفحة تجريبية محلية لاختبار الإضافة.</p>
<p><a href="/">الصفحة الرئيسية</a> · <a href="/#about">من نحن</a> · <a href="/#contact">اتصل بنا</a></p></footer>`;
}

/** Renders one seed text as a news page. Pure: no file access. */
export function renderSeedPage(text: string): { title: string; publishedTime: string | undefined; html: string } {
  const lines = text.replace(/\r\n?/gu, "\n").split("\n");
  const firstIndex = lines.findIndex((line) => line.trim() !== "");
  const first = firstIndex < 0 ? "" : (lines[firstIndex] ?? "").trim();
  const publishedTime = parseDateline(first);
  const headline = looksLikeHeadline(first);
  const title = headline ? first : GENERIC_TITLE;
  const rest = headline || publishedTime ? lines.slice(firstIndex + 1) : lines;
  return { title, publishedTime, html: renderArticle(title, publishedTime, first, rest) };
}

/** A real corpus report (title, body, publication time) as its outlet might have shown it. */
export function renderCorpusPage(record: { title?: string | null; body: string; published?: string }): string {
  const title = record.title?.trim() || GENERIC_TITLE;
  return renderArticle(title, record.published, record.published?.slice(0, 10) ?? "", record.body.replace(/\r\n?/gu, "\n").split("\n"));
}

function renderArticle(title: string, publishedTime: string | undefined, datelineText: string, lines: readonly string[]): string {
  const dateline = publishedTime
    ? `<p class="dateline"><time datetime="${escapeHtml(publishedTime)}">${escapeHtml(datelineText)}</time></p>\n`
    : "";
  const paragraphs = toBlocks(lines)
    .map((block) =>
      block.kind === "p"
        ? `<p>${escapeHtml(block.text)}</p>`
        : `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`,
    )
    .join("\n");
  const head =
    `<meta property="og:type" content="article">\n<meta property="og:site_name" content="${SITE_NAME}">\n` +
    (publishedTime ? `<meta property="article:published_time" content="${escapeHtml(publishedTime)}">\n` : "");
  const body = `${arabicHeader()}
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${dateline}${paragraphs}
</article>
</main>
${arabicFooter()}`;
  return layout({ lang: "ar", dir: "rtl", title: `${title} | ${SITE_NAME}`, head, body });
}

/** Loads every NNN_*.txt seed from `dir`, sorted by id. */
export function loadSeedPages(dir: string = SEEDS_DIR): SeedPage[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_.*\.txt$/u.test(file))
    .sort()
    .map((file) => {
      const id = file.slice(0, 3);
      const page = renderSeedPage(readFileSync(join(dir, file), "utf8"));
      return { id, reportId: `seed-${id}`, file, ...page };
    });
}

export function renderIndexPage(seeds: readonly SeedPage[]): string {
  const items = seeds
    .map((seed) => `<li><a href="/seeds/${seed.id}.html">${escapeHtml(seed.title)}</a> <small dir="ltr">(${seed.reportId})</small></li>`)
    .join("\n");
  const body = `${arabicHeader()}
<main>
<h1>صفحات الاختبار</h1>
<p>مقالات تجريبية يخدمها خادم محلي لتجربة الإضافة دون اتصال بالإنترنت.</p>
<ol>
${items}
</ol>
<p lang="en" dir="ltr"><a href="/english.html">English page (not Arabic)</a></p>
</main>
${arabicFooter()}`;
  return layout({ lang: "ar", dir: "rtl", title: `صفحات الاختبار | ${SITE_NAME}`, body });
}

/** An English news-like page: the extension must report "not Arabic" here. */
export function renderEnglishPage(): string {
  const paragraphs = [
    "The city council voted on Tuesday to approve a network of protected bicycle lanes across the old town, ending a debate that had lasted more than two years.",
    "Supporters said the plan would make short trips safer and ease traffic on the main avenues during the morning rush, while several shop owners worried about losing parking spaces in front of their stores.",
    "Under the approved plan, the first twelve kilometres of lanes will be built next spring, starting with the streets around the central market and the university campus.",
    "The council also asked the transport department to publish monthly figures on cycling accidents and traffic flow, so that residents can judge whether the lanes work as promised.",
    "A public meeting on the detailed route is planned for next month at the municipal library, and residents may send written comments until the end of the year.",
  ];
  const body = `<header class="site-header"><a class="logo" href="/english.html">The Daily Horizon</a>
<nav aria-label="Sections"><ul><li><a href="/english.html">Home</a></li><li><a href="/english.html#local">Local</a></li><li><a href="/english.html#business">Business</a></li><li><a href="/english.html#sport">Sport</a></li></ul></nav></header>
<main>
<article>
<h1>City council approves protected bike lanes for the old town</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</article>
</main>
<footer><p>© The Daily Horizon: a local test page.</p></footer>`;
  return layout({
    lang: "en",
    dir: "ltr",
    title: "City council approves protected bike lanes | The Daily Horizon",
    head: `<meta property="og:type" content="article">\n`,
    body,
  });
}
