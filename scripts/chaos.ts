// `npm run chaos -- [--minutes N] [--seed S]`: the launcher's processes against a primary+replica Redis behind an
// endpoint proxy, under traffic, with faults one at a time for N minutes (the tool plays ElastiCache's failover
// manager), then the books checked from the producers' records, Redis and S3 (scripts/chaos/run-chaos.ts). A line
// per fault; JSON last. Ctrl-C stops every process it started. docs/reliability.md "Chaos run" holds a run's figures.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { DEFINITIONS } from "./chaos/report.ts";
import { runChaos } from "./chaos/run-chaos.ts";
import { runCli } from "./cli.ts";
import { UsageError } from "./usage-error.ts";

const USAGE = `usage: npm run chaos -- [--minutes N] [--seed S]
  --minutes  how long faults are injected (default 10); settling and the books take a minute or two more
  --seed     seed of the fault schedule and the traffic's choices, an integer (default: random, printed)
${DEFINITIONS}`;

function parseOptions(argv: string[]): { minutes: number; seed: number } {
  let values: { minutes?: string; seed?: string; help?: boolean };
  try {
    const options = {
      minutes: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean" },
    } as const;
    values = parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const minutes = Number(values.minutes ?? 10);
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new UsageError(`--minutes must be a positive number\n${USAGE}`);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 1_000_000) : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new UsageError(`--seed must be a whole number\n${USAGE}`);
  return { minutes, seed };
}

await runCli("chaos", async () => {
  const { minutes, seed } = parseOptions(process.argv.slice(2));
  const abort = new AbortController();
  // Ctrl-C: the run stops where it is and its cleanup stops every process; a second one is not needed.
  const onSignal = () => abort.abort(new Error("interrupted: every process started was stopped"));
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  console.log(`chaos: ${minutes} min of faults, seed ${seed}`);
  // The processes' logs stay for a look afterwards.
  const dir = await mkdtemp(join(tmpdir(), "sluice-chaos-"));
  const { report } = await runChaos({
    minutes,
    seed,
    dir,
    print: (line) => console.log(line),
    signal: abort.signal,
  }).catch((error: unknown) => {
    throw abort.signal.aborted ? abort.signal.reason : error;
  });
  console.log(JSON.stringify(report));
  // Everything the run started is stopped, but Node's own teardown can spin for ever on a handle that never closes
  // (seen after a 10-minute run: gdb shows node::Environment::CleanupHandles looping in uv_run); ops.ts exits so too.
  process.exit(0);
});
