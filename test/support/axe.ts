// axe-core in an extension page. The pages' CSP (script-src 'self') forbids inline
// scripts and eval, so axe's source travels as the body of the evaluated function itself:
// the automation protocol's evaluation is not subject to the page's CSP.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { TestPage } from "./browsers";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe's WCAG 2.x A/AA rules on the page as it is now; the violations, most serious first. */
export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  const run = new Function(
    `${AXE_SOURCE}
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })
      .then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }))));`,
  ) as () => Promise<string>;
  const order = ["critical", "serious", "moderate", "minor"];
  const violations = JSON.parse(await page.evaluate(run, undefined)) as AxeViolation[];
  return violations.sort((a, b) => order.indexOf(a.impact ?? "minor") - order.indexOf(b.impact ?? "minor"));
}

/** What the issue forbids: serious or critical violations. */
export const seriousOnly = (violations: AxeViolation[]) => violations.filter((v) => v.impact === "serious" || v.impact === "critical");
