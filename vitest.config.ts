import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own redis-server processes on free ports; two files at a time fit two cores.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
