// `npm run bench -- faults [--seconds N] [--command-timeout MS] [--senders S] [--cap-seconds C]`: Sluice's streams
// client next to a plain ioredis client (ioredis's defaults, the same XADD) under the same steady publish load and
// the same Redis faults, each on fresh servers: a graceful cluster failover, kill -9 of a master, every node
// frozen, every node gone (3+3 clusters), and a standalone primary demoted behind an endpoint that then flips.
// Figures per client: calls settled and failed (by reason), the longest call, calls left pending, the outage and
// the recovery after the fault ended. docs/reliability.md "Measured" holds a run's figures.
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { UsageError } from "../usage-error.ts";
import { CLIENTS } from "./faults-clients.ts";
import {
  everyNodeFrozen,
  everyNodeKilled,
  type FaultOptions,
  gracefulFailover,
  killedMaster,
  type ScenarioFigures,
  standaloneDemotion,
} from "./faults-scenarios.ts";

const USAGE = `usage: npm run bench -- faults [--seconds N] [--command-timeout MS] [--senders S] [--cap-seconds C]
  --seconds          how long every node stays frozen, and gone (default 10)
  --command-timeout  Sluice's command timeout, ms (default 5000, its default)
  --senders          concurrent senders per client, each in a closed loop (default 8)
  --cap-seconds      how long to wait for a client to publish again after a fault ended (default 15)`;
const FLAGS = {
  seconds: "seconds",
  commandTimeoutMs: "command-timeout",
  senders: "senders",
  capSeconds: "cap-seconds",
} as const;
const DEFAULTS: FaultOptions = { seconds: 10, commandTimeoutMs: 5000, senders: 8, capSeconds: 15 };

const SCENARIOS: Record<string, { title: string; run: (options: FaultOptions) => Promise<ScenarioFigures> }> =
  {
    graceful_failover: { title: "graceful CLUSTER FAILOVER of the load's shard", run: gracefulFailover },
    killed_master: {
      title: "kill -9 of the load's master until the cluster promotes its replica",
      run: killedMaster,
    },
    every_node_frozen: { title: "every node of the cluster SIGSTOPped, then SIGCONT", run: everyNodeFrozen },
    every_node_killed: {
      title: "every node of the cluster SIGKILLed; the bench then gives up",
      run: everyNodeKilled,
    },
    standalone_demotion: {
      title: "standalone primary demoted behind a proxy, then the proxy re-pointed to the promoted replica",
      run: standaloneDemotion,
    },
  };

function parseOptions(argv: string[]): FaultOptions {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(
      Object.values(FLAGS).map((flag) => [flag, { type: "string" as const }]),
    );
    values = parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const options = { ...DEFAULTS };
  for (const [name, flag] of Object.entries(FLAGS) as [keyof FaultOptions, string][]) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new UsageError(`--${flag} must be a positive integer\n${USAGE}`);
    }
    options[name] = value;
  }
  return options;
}

const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** One line per client: what a reader needs first. */
function summary(figures: ScenarioFigures): string {
  return CLIENTS.map((name) => {
    const f = figures[name];
    if (typeof f !== "object") return name;
    const recovered =
      f.recovered_ms === undefined
        ? ""
        : `, ${f.recovered_ms === null ? "not recovered within the cap" : `recovered ${f.recovered_ms} ms after`}`;
    const pending = f.pending_at_resume ?? f.pending_at_give_up;
    const atEnd = pending === undefined ? "" : `, ${pending} pending at the fault's end`;
    const gaveUp = f.gave_up_pending === undefined ? "" : `, gave up with ${f.gave_up_pending} still pending`;
    return (
      `  ${name}: ${f.failed} of ${f.settled} settled calls failed, longest call ${f.max_call_ms} ms, ` +
      `no success for ${f.stall_ms} ms${atEnd}${recovered}${gaveUp}`
    );
  }).join("\n");
}

export async function run(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  const began = performance.now();
  const machine = { cores: availableParallelism(), load_average_start: loadAverage() };
  console.log(
    `faults bench: ${options.senders} senders per client; Sluice command timeout ${options.commandTimeoutMs} ms, ` +
      `plain ioredis with its defaults; faults of ${options.seconds} s; recovery capped at ${options.capSeconds} s`,
  );
  const scenarios: Record<string, ScenarioFigures> = {};
  for (const [name, { title, run: runScenario }] of Object.entries(SCENARIOS)) {
    console.log(`${name}: ${title}`);
    scenarios[name] = await runScenario(options);
    console.log(summary(scenarios[name]));
  }
  const seconds = Math.round((performance.now() - began) / 100) / 10;
  console.log(`run time ${seconds} s`);
  console.log(
    JSON.stringify({
      bench: "faults",
      ...options,
      machine: { ...machine, load_average_end: loadAverage() },
      run_s: seconds,
      scenarios,
    }),
  );
}
