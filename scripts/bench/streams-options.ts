// The streams bench's command line: sizes, process layout, batch sizes and the latency case, all positive integers.
import { parseArgs } from "node:util";
import { UsageError } from "../usage-error.ts";
import { DEFAULT_ROUNDS } from "./rounds.ts";

export const USAGE = `usage: npm run bench -- streams [--entries N] [--quick] [--rounds R] [--bullmq-entries M]
  [--consumers K] [--concurrency C] [--batch-size B] [--bullmq-concurrency J] [--produce-batch P]
  [--produce-inflight W] [--latency-rate R] [--latency-seconds S]`;
const FLAGS = {
  entries: "entries",
  rounds: "rounds",
  bullmqEntries: "bullmq-entries",
  consumers: "consumers",
  concurrency: "concurrency",
  batchSize: "batch-size",
  bullmqConcurrency: "bullmq-concurrency",
  produceBatch: "produce-batch",
  produceInflight: "produce-inflight",
  latencyRate: "latency-rate",
  latencySeconds: "latency-seconds",
} as const;
export type Options = Record<keyof typeof FLAGS, number>;

/**
 * BullMQ's entries per round unless --bullmq-entries says otherwise (full run, --quick): at its ~8k jobs/s here, 1M
 * jobs x 3 rounds would take the full run past its 8 minutes, and its rate per second does not need a million.
 */
const BULLMQ_ENTRIES = { full: 200_000, quick: 20_000 };

export function parseOptions(argv: string[]): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      Object.values(FLAGS).map((flag) => [flag, { type: "string" as const }]),
    );
    values = parseArgs({
      args: argv,
      options: { ...options, quick: { type: "boolean" } },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const quick = values.quick === true;
  const parsed: Partial<Options> = {};
  for (const [name, flag] of Object.entries(FLAGS) as [keyof Options, string][]) {
    const raw = values[flag];
    if (typeof raw !== "string") continue;
    const value = Number(raw.replaceAll("_", ""));
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new UsageError(`--${flag} must be a positive integer\n${USAGE}`);
    parsed[name] = value;
  }
  const entries = parsed.entries ?? (quick ? 50_000 : 1_000_000);
  const batchSize = parsed.batchSize ?? 500;
  const concurrency = parsed.concurrency ?? 2;
  const options: Options = {
    entries,
    rounds: DEFAULT_ROUNDS,
    bullmqEntries: Math.min(entries, quick ? BULLMQ_ENTRIES.quick : BULLMQ_ENTRIES.full),
    consumers: 2,
    concurrency,
    batchSize,
    // Matched to Sluice's entries in flight per process: `concurrency` batches of `batchSize`.
    bullmqConcurrency: concurrency * batchSize,
    produceBatch: 1000,
    produceInflight: 2,
    latencyRate: 10_000,
    latencySeconds: quick ? 3 : 10,
    ...parsed,
  };
  for (const [name, value] of [
    ["entries", options.entries],
    ["bullmq-entries", options.bullmqEntries],
  ] as const) {
    if (value >= 10_000_000) throw new UsageError(`--${name} must be below 10,000,000\n${USAGE}`);
  }
  return options;
}
