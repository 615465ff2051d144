import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A report is laid out twice (once to find nearly empty pages, once for the table of contents), which on a
    // loaded two-core machine takes minutes for the tests that write Delrapport 1.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Tests start real servers, worker threads and LibreOffice; two cores in CI.
    maxWorkers: 2,
  },
});
