// Command-line options of `npm run soak`, and the targets its verdict applies (issue 17): the usage text states both.
import { parseStringFlags } from "../string-flags.ts";
import { UsageError } from "../usage-error.ts";

/** The soak's targets: a series whose least-squares slope after the warm-up reaches one of these fails the run. */
export const SOAK_TARGETS = {
  /** RSS and heap after GC of every process, and Redis used_memory: MB (MiB) per 10 minutes. */
  memoryMbPer10Min: 1,
  /** Open file descriptors of every process, redis-server's included: descriptors per 10 minutes. */
  fdsPer10Min: 1,
} as const;

export const SOAK_USAGE = `usage: npm run soak -- [--minutes N] [--warmup-minutes W] [--interval-seconds S] [--rate R]
  Runs the launcher's topology (api, gateway, consumer, proxy, frames, jobs: one process each) on its own
  redis-server under a steady load, samples every process's RSS, heap after a full GC and open descriptors and
  Redis's used_memory every S seconds, and after the warm-up fits a least-squares line to each series.
  --minutes N           load and sampling time, warm-up included (default 30)
  --warmup-minutes W    samples before W minutes are left out of the slopes (default 5; less than N)
  --interval-seconds S  between samples (default 10)
  --rate R              events/s (default 100): R/4 HTTP and R/4 gRPC publishes to stream soak (read by the
                        consumer service and a gRPC Subscribe), R/2 Bluesky-model events to stream bsky in HTTP
                        batches of 10 (the lake writer drains it every minute), R/10 request-reply calls (route
                        echo), R/50 frames
  Passes when, for every process, the RSS and heap slopes are under ${SOAK_TARGETS.memoryMbPer10Min} MB per 10 minutes and the descriptor
  slope under ${SOAK_TARGETS.fdsPer10Min} per 10 minutes, Redis used_memory's slope is under ${SOAK_TARGETS.memoryMbPer10Min} MB per 10 minutes (retention on) and no
  process restarted. Exit 0 when it passes, 1 when not. Last line: JSON.`;

export interface SoakOptions {
  minutes: number;
  warmupMinutes: number;
  intervalSeconds: number;
  rate: number;
}

const DEFAULTS: SoakOptions = { minutes: 30, warmupMinutes: 5, intervalSeconds: 10, rate: 100 };

function usage(message: string): UsageError {
  return new UsageError(`${message}\n${SOAK_USAGE}`);
}

function positive(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value <= 0)
    throw usage(`--${flag} must be a number above 0, got ${JSON.stringify(raw)}`);
  return value;
}

export function parseSoakOptions(argv: string[]): SoakOptions {
  const values = parseStringFlags(argv, ["minutes", "warmup-minutes", "interval-seconds", "rate"], usage);
  const options: SoakOptions = {
    minutes: positive("minutes", values.minutes, DEFAULTS.minutes),
    warmupMinutes: positive("warmup-minutes", values["warmup-minutes"], DEFAULTS.warmupMinutes),
    intervalSeconds: positive("interval-seconds", values["interval-seconds"], DEFAULTS.intervalSeconds),
    rate: positive("rate", values.rate, DEFAULTS.rate),
  };
  if (options.warmupMinutes >= options.minutes) {
    throw usage(
      `--warmup-minutes (${options.warmupMinutes}) must be less than --minutes (${options.minutes}): the slopes use the samples after it`,
    );
  }
  if (options.intervalSeconds * 2 > (options.minutes - options.warmupMinutes) * 60) {
    throw usage(
      "--interval-seconds leaves fewer than two samples after the warm-up: a slope needs at least two",
    );
  }
  return options;
}
