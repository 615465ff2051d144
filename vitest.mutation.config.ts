import { defineConfig } from "vitest/config";

/**
 * The fast, in-memory tests that exercise validation and indicators: for
 * `npm run mutation`. The suites that start worker threads or LibreOffice
 * would make each of the ~1 700 mutants take seconds.
 */
export default defineConfig({
  test: {
    include: [
      "test/cells.test.ts",
      "test/markup.test.ts",
      "test/indicators.test.ts",
      "test/validation-references.test.ts",
      "test/validation-checks.test.ts",
      "test/read-sheet.test.ts",
      "test/problem-format.test.ts",
      "test/read-properties.test.ts",
    ],
    testTimeout: 60_000,
  },
});
