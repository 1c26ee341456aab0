// `npm start`: the local demo. Serves the seed pages on 127.0.0.1 and opens a
// real, headed browser with the dev (test) build loaded.
//   npm start                    Chromium (default)
//   BROWSER=firefox npm start    Firefox ESR through web-ext
//   npm start -- --check         start the server, fetch the index, print OK, exit
// Needs `npm run build` first (dist/test/chrome, dist/test/firefox).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startSeedServer, type SeedServer } from "../test/support/seed-server";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FIRST_PORT = 8642;
const PORTS_TO_TRY = 20;
const CHROMIUM = process.env.SADA_CHROMIUM ?? "/usr/bin/chromium";
const FIREFOX = process.env.SADA_FIREFOX ?? "/usr/bin/firefox-esr";

/** The fixed demo port, or the next free one, so bookmarks keep working. */
async function startOnFreePort(): Promise<SeedServer> {
  for (let port = FIRST_PORT; port < FIRST_PORT + PORTS_TO_TRY; port++) {
    try {
      return await startSeedServer(port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    }
  }
  throw new Error(`Ports ${FIRST_PORT}–${FIRST_PORT + PORTS_TO_TRY - 1} are all in use`);
}

async function check(server: SeedServer): Promise<boolean> {
  const response = await fetch(`${server.origin}/`, { signal: AbortSignal.timeout(5_000) });
  const body = await response.text();
  return response.ok && body.includes('href="/seeds/000.html"');
}

function buildDir(browser: "chrome" | "firefox"): string {
  const dir = resolve(ROOT, "dist", "test", browser);
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No dev build in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

function launch(firefox: boolean, extension: string, url: string, profileDir: string): ChildProcess {
  if (firefox) {
    const args = ["web-ext", "run", "--source-dir", extension, `--firefox=${FIREFOX}`, "--start-url", url];
    return spawn("npx", args, { cwd: ROOT, stdio: "inherit", detached: true });
  }
  const args = [
    `--user-data-dir=${profileDir}`,
    "--no-first-run",
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    url,
  ];
  return spawn(CHROMIUM, args, { stdio: "inherit", detached: true });
}

async function main(): Promise<number> {
  if (process.argv.includes("--check")) {
    const server = await startOnFreePort();
    const url = `${server.origin}/`;
    const ok = await check(server).finally(() => server.close());
    console.log(ok ? `OK ${url}` : `FAILED: ${url} did not serve the seed index`);
    return ok ? 0 : 1;
  }

  const firefox = process.env.BROWSER === "firefox";
  const extension = buildDir(firefox ? "firefox" : "chrome");
  const server = await startOnFreePort();
  const url = `${server.origin}/`;
  console.log(`Seed pages: ${url}`);
  const profileDir = await mkdtemp(join(tmpdir(), "sada-start-"));
  let child: ChildProcess;
  try {
    child = launch(firefox, extension, url, profileDir);
  } catch (error) {
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  const exited = new Promise<number>((done) => {
    child.once("exit", (code) => done(code ?? 0));
    child.once("error", (error) => {
      console.error(`Could not start the browser: ${error.message}`);
      done(1);
    });
  });

  // The browser runs in its own process group (detached) so that one signal
  // reaches npx, web-ext and Firefox alike: killing npx alone leaves them
  // running. On Ctrl-C we pass SIGINT on (web-ext then removes its profile),
  // and SIGKILL whatever is left after 5 s.
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = (): void => {
    signalGroup("SIGINT");
    setTimeout(() => signalGroup("SIGKILL"), 5_000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const code = await exited;
  await server.close();
  await rm(profileDir, { recursive: true, force: true });
  console.log("Stopped.");
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
