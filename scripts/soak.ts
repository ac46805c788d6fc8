// `npm run soak -- [--minutes N] [--warmup-minutes W] [--interval-seconds S] [--rate R]`: the launcher's topology on
// its own redis-server under a steady load for N minutes (scripts/soak/run-soak.ts), a progress line per sample, and
// last one JSON line: each process's and Redis's figures and slopes after the warm-up, and whether they meet issue
// 17's targets (SOAK_USAGE says them). Exit 0 when they do, 1 when not, 2 for bad arguments.
import { runCli } from "./cli.ts";
import { runSoak } from "./soak/run-soak.ts";
import { parseSoakOptions } from "./soak/soak-options.ts";

await runCli("soak", async () => {
  const report = await runSoak(parseSoakOptions(process.argv.slice(2)), (line) => console.log(line));
  for (const failure of report.failures) console.log(`missed: ${failure}`);
  console.log(JSON.stringify(report));
  process.exitCode = report.pass ? 0 : 1;
});
