// Command-line options of `npm run generate -- bsky`.
import { STREAM_NAME } from "@sluice/streams";
import { redisUrlVariable } from "../../functions/config/redis.ts";
import { parseStringFlags } from "../string-flags.ts";
import { UsageError } from "../usage-error.ts";

export const USAGE = `usage: npm run generate -- bsky --events N [--rate R] [--stream S] [--redis-url URL]
  [--seed S] [--start ISO|now] [--accounts N] [--batch B]
  --events N     events to write (1 to 100,000,000)
  --rate R       pace to R events/s (default: as fast as Redis takes them)
  --stream S     the one stream all event types go to (default bsky; key sluice:{S})
  --redis-url    redis://[user:password@]host:port or rediss://… (default: SLUICE_REDIS_URL, then REDIS_URL)
  --seed S       same seed and start, same events (default: random, printed in the result)
  --start T      time_us of the first event (default: 2025-06-01T00:00:00Z with --seed; else now, or with
                 no --rate, as long before now as the events span at the simulated 1,500 events/s)
  --accounts N   size of the account pool (default 100,000; fixed, so that a seed's first events do not
                 depend on --events)
  --batch B      entries per pipelined sendBatch (default 1000, at most 10,000)`;

export interface BskyOptions {
  events: number;
  rate: number | undefined;
  stream: string;
  redisUrl: string;
  /** Where redisUrl came from, for messages. */
  redisUrlSource: string;
  seed: string;
  seeded: boolean;
  startUs: number;
  accounts: number;
  batch: number;
}

/** The simulated firehose's rate when no --rate is given: time_us advances as if events came at this rate. */
export const SIMULATED_RATE = 1500;
const DEFAULT_ACCOUNTS = 100_000;
const SEEDED_START = Date.parse("2025-06-01T00:00:00Z");

function usage(message: string): UsageError {
  return new UsageError(`${message}\n${USAGE}`);
}

function integer(raw: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replaceAll("_", ""));
  if (!/^[\d_]+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw usage(
      `--${flag} must be an integer from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

export function parseBskyOptions(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  now = Date.now(),
): BskyOptions {
  const values = parseStringFlags(
    argv,
    ["events", "rate", "stream", "redis-url", "seed", "start", "accounts", "batch"],
    usage,
  );
  const events = integer(values.events, "events", 1, 100_000_000);
  if (events === undefined) throw usage("--events is required");
  let rate: number | undefined;
  if (values.rate !== undefined) {
    rate = Number(values.rate);
    if (!Number.isFinite(rate) || rate <= 0 || rate > 10_000_000) {
      throw usage(`--rate must be a number of events per second above 0, got ${JSON.stringify(values.rate)}`);
    }
  }
  const stream = values.stream ?? "bsky";
  if (!STREAM_NAME.test(stream)) {
    throw usage(`--stream ${JSON.stringify(stream)} is not a stream name: 1-100 characters a-z 0-9 . _ -`);
  }
  const fromEnv = redisUrlVariable(env);
  const redisUrl = values["redis-url"] ?? (fromEnv ? (env[fromEnv] as string).trim() : undefined);
  if (!redisUrl) throw usage("no Redis: pass --redis-url or set SLUICE_REDIS_URL or REDIS_URL");
  const seeded = values.seed !== undefined;
  if (seeded && values.seed === "") throw usage("--seed must not be empty");
  const seed = values.seed ?? Math.floor(Math.random() * 2 ** 32).toString(16);
  let startMs: number;
  if (values.start === undefined) {
    if (seeded) startMs = SEEDED_START;
    else if (rate !== undefined) startMs = now;
    else startMs = now - Math.round((events / SIMULATED_RATE) * 1000);
  } else {
    startMs = values.start === "now" ? now : Date.parse(values.start);
    if (!Number.isFinite(startMs) || startMs < 0) {
      throw usage(`--start must be an ISO 8601 time or "now", got ${JSON.stringify(values.start)}`);
    }
  }
  const accounts = integer(values.accounts, "accounts", 10, 5_000_000) ?? DEFAULT_ACCOUNTS;
  const batch = integer(values.batch, "batch", 1, 10_000) ?? 1000;
  return {
    events,
    rate,
    stream,
    redisUrl,
    redisUrlSource: values["redis-url"] !== undefined ? "--redis-url" : (fromEnv as string),
    seed,
    seeded,
    startUs: startMs * 1000,
    accounts,
    batch,
  };
}
