// Command-line options of `npm run fuzz`, with its usage text.
import { parseStringFlags } from "../string-flags.ts";
import { UsageError } from "../usage-error.ts";

export const FUZZ_USAGE = `usage: npm run fuzz -- [--seconds N] [--seed S] [--concurrency C] [--warmup-seconds W] [--out DIR]
  Starts a redis-server and the launcher's api, gateway and proxy processes (127.0.0.1 only, one all-scopes token),
  then sends mutated requests to every HTTP route and every gRPC method for N seconds, C at a time.
  --seconds N      how long to fuzz (default 60), after a short warm-up that is not counted
  --seed S         seed of the mutations, any text (default: random, printed); the same seed sends the same cases
  --concurrency C  requests in flight at once (default 16)
  --warmup-seconds W  fuzzing before the servers' RSS is first sampled, not counted (default 30: the allocators'
                   pools, caches and compiled code grow through the first tens of seconds of every kind of case)
  --out DIR        where each request that got a 5xx, a reset or a hang is saved (default .sluice/fuzz/<seed>/)
  A 5xx is HTTP >= 500 or gRPC INTERNAL, UNKNOWN or DATA_LOSS; a hang is no answer within 10 s.
  Exit 0 when there was no 5xx, reset or hang, 1 otherwise. Last line: JSON.`;

export interface FuzzOptions {
  seconds: number;
  seed: string;
  warmupSeconds: number;
  concurrency: number;
  out: string;
}

function usage(message: string): UsageError {
  return new UsageError(`${message}\n${FUZZ_USAGE}`);
}

function positiveNumber(flag: string, raw: string | undefined, fallback: number, integer = false): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    throw usage(
      `--${flag} must be a ${integer ? "whole number" : "number"} above 0, got ${JSON.stringify(raw)}`,
    );
  return value;
}

export function parseFuzzOptions(argv: string[]): FuzzOptions {
  const values = parseStringFlags(argv, ["seconds", "seed", "concurrency", "warmup-seconds", "out"], usage);
  const seed = values.seed ?? String(Math.floor(Math.random() * 1_000_000));
  if (seed === "" || /[/\\\0]/.test(seed)) throw usage("--seed must be non-empty text without slashes");
  return {
    seconds: positiveNumber("seconds", values.seconds, 60),
    seed,
    warmupSeconds: positiveNumber("warmup-seconds", values["warmup-seconds"], 30),
    concurrency: positiveNumber("concurrency", values.concurrency, 16, true),
    out: values.out ?? `.sluice/fuzz/${seed}`,
  };
}
