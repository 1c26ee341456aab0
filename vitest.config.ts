import { defineConfig } from "vitest/config";

// Two projects: fast unit/corpus tests beside the code, and end-to-end tests that
// drive the built extension in real headless browsers (they need `npm run build`).
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  define: { __TEST__: "true", __FIREFOX__: "false" },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "build/**/*.test.ts", "test/unit/**/*.test.ts", "test/cli/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
