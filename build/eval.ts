import { runSections } from "./run-sections.ts";

// `npm run eval`: quality figures on the labelled sets (../shared/data when present, and the project's fixtures).
await runSections("build/eval", "Sada eval");
