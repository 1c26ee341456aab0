import { parseArgs } from "node:util";
import { text as readStdin } from "node:stream/consumers";
import { readArticle } from "./article-input.ts";
import { readDatabaseFile } from "./database-file.ts";
import { DatabaseError } from "../core/db/database-error.ts";
import { buildDb } from "./commands/build-db.ts";
import { compareCommand, extractCommand, matchCommand } from "./commands/analyse.ts";
import { statsCommand } from "./commands/stats.ts";
import { formatDetails, formatFindings, formatMatch } from "./format.ts";
import { UserError } from "./user-error.ts";

/**
 * The `sada` command: the same core as the extension, from a terminal. Errors a person
 * can fix are one line on stderr and exit code 1; usage errors exit 2; no stack traces.
 */
const USAGE = `usage:
  sada build-db <corpus.jsonl[.gz]>… --out <db.json.gz> [--skip-invalid]
  sada match --db <db> [--title T] [--published ISO] [--source OUTLET] [--json] <article.txt|article.html|->
  sada compare [--json] <a> <b>
  sada extract [--json] <article>
  sada stats --db <db> [--json]`;

const stdin = async () => Buffer.from(await readStdin(process.stdin));

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      db: { type: "string" },
      title: { type: "string" },
      published: { type: "string" },
      source: { type: "string" },
      json: { type: "boolean", default: false },
      "skip-invalid": { type: "boolean", default: false },
    },
  });
  const print = (obj: unknown, lines: () => string[]) => console.log(values.json ? JSON.stringify(obj, null, 2) : lines().join("\n"));
  switch (command) {
    case "build-db": {
      if (!values.out || positionals.length === 0) throw new UsageError("build-db needs corpus files and --out");
      const { db, bytes, skipped } = await buildDb({
        inputs: positionals,
        out: values.out,
        skipInvalid: values["skip-invalid"],
        log: (l) => console.error(l),
      });
      const { reports, events } = db.header.counts;
      console.error(`wrote ${values.out}: ${reports} reports, ${events} events, ${bytes} bytes${skipped ? `, ${skipped} bad records skipped` : ""}`);
      return 0;
    }
    case "match": {
      if (!values.db || positionals.length !== 1) throw new UsageError("match needs --db and one article");
      if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) throw new UserError(`--published: not an ISO 8601 time: ${values.published}`);
      const [db, article] = await Promise.all([readDatabaseFile(values.db), readArticle(positionals[0]!, stdin)]);
      // a misspelt outlet would silently cut nothing
      if (values.source && !db.body.reports.some((r) => r.source === values.source)) console.error(`sada: note: no report in ${values.db} is from "${values.source}" (sada stats lists the outlets)`);
      const result = matchCommand(db, article, {
        ...(values.title ? { title: values.title } : {}),
        ...(values.published ? { published: values.published } : {}),
        ...(values.source ? { source: values.source } : {}),
      });
      print(result, () => formatMatch(result));
      return 0;
    }
    case "compare": {
      if (positionals.length !== 2) throw new UsageError("compare needs two articles");
      const [a, b] = await Promise.all(positionals.map((p) => readArticle(p, stdin)));
      const result = compareCommand(a!, b!);
      print(result, () => formatFindings(result));
      return 0;
    }
    case "extract": {
      if (positionals.length !== 1) throw new UsageError("extract needs one article");
      const result = extractCommand(await readArticle(positionals[0]!, stdin));
      print(result, () => formatDetails(result));
      return 0;
    }
    case "stats": {
      if (!values.db) throw new UsageError("stats needs --db");
      const result = statsCommand(await readDatabaseFile(values.db));
      print(result, () => Object.entries(result).map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`));
      return 0;
    }
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`sada: ${(e as Error).message}\n${USAGE}`);
      process.exitCode = 2;
    } else if (e instanceof UserError || e instanceof DatabaseError) {
      // a DatabaseError this late is a damaged value a load leaves unread until it is used
      console.error(`sada: ${e.message}`);
      process.exitCode = 1;
    } else {
      console.error(`sada: internal error: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 70;
    }
  },
);
