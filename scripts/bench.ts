// `npm run bench -- <name> [options]`: runs scripts/bench/<name>.ts. Each bench prints progress lines and, last,
// one JSON line with its figures. Add a bench by adding its module to BENCHES.
import { runSubcommand } from "./subcommand.ts";

const BENCHES: Record<string, string> = {
  backup: "./bench/backup.ts",
  faults: "./bench/faults.ts",
  frames: "./bench/frames.ts",
  lake: "./bench/lake.ts",
  "lake-row-groups": "./bench/lake-row-groups.ts",
  publish: "./bench/publish.ts",
  requests: "./bench/requests.ts",
  streams: "./bench/streams.ts",
};

await runSubcommand({ command: "bench", noun: "bench" }, BENCHES, import.meta.url);
