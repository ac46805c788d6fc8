// `npm run generate -- <name> [options]`: runs scripts/generate/<name>.ts, which writes synthetic events to Redis
// streams. Each generator prints progress on stderr and, last, one JSON line with its figures on stdout. Add a
// generator by adding its module to GENERATORS.
import { runSubcommand } from "./subcommand.ts";

const GENERATORS: Record<string, string> = {
  bsky: "./generate/bsky.ts",
};

await runSubcommand({ command: "generate", noun: "generator" }, GENERATORS, import.meta.url);
