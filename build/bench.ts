import { runSections } from "./run-sections.ts";

// `npm run bench`: speed and size figures. Figures, not timed tests: machines are shared and noisy.
await runSections("build/bench", "Sada bench");
