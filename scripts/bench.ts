// `npm run bench -- <name> [options]`: runs scripts/bench/<name>.ts. Each bench prints progress lines and, last,
// one JSON line with its figures. `npm run bench -- all` runs every one and writes docs/performance.md.
import { BENCHES } from "./bench/bench-table.ts";
import { runSubcommand } from "./subcommand.ts";

await runSubcommand(
  { command: "bench", noun: "bench" },
  { ...BENCHES, all: "./bench/all.ts" },
  import.meta.url,
);
