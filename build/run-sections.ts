import { readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

/**
 * Runs every section module of a folder (build/bench/*.ts or build/eval/*.ts) in name
 * order. A section is `export default { name, run }` and prints its own figures.
 * `npm run bench -- match` runs only the sections whose name contains "match".
 */
export interface Section {
  name: string;
  run: () => Promise<void>;
}

export async function runSections(folder: string, title: string): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();
  console.log(`${title} — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  const failed: string[] = [];
  for (const f of files) {
    const section = (await import(pathToFileURL(join(folder, f)).href)).default as Section;
    if (filter && !section.name.includes(filter)) continue;
    console.log(`\n## ${section.name}`);
    // one broken section (say, a stale dist/db) must not hide the others' figures
    try {
      await section.run();
    } catch (e) {
      failed.push(section.name);
      console.log(`section failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed.length) {
    console.log(`\n${failed.length} section(s) failed: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}
