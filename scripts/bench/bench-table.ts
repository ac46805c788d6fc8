// Every bench of `npm run bench -- <name>`, its module relative to scripts/. Add a bench by adding its module here
// and its report to scripts/bench/reports/<name>.ts (what `bench -- all` writes into docs/performance.md).
export const BENCHES = {
  backup: "./bench/backup.ts",
  faults: "./bench/faults.ts",
  frames: "./bench/frames.ts",
  lake: "./bench/lake.ts",
  "lake-row-groups": "./bench/lake-row-groups.ts",
  publish: "./bench/publish.ts",
  requests: "./bench/requests.ts",
  streams: "./bench/streams.ts",
} as const;

export type BenchName = keyof typeof BENCHES;
export const BENCH_NAMES = Object.keys(BENCHES) as BenchName[];
