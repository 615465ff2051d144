import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests start real servers, worker threads and LibreOffice; two cores in CI.
    maxWorkers: 2,
  },
});
