// How many streams callers may create under a declared pattern (`*`, `orders.*`): each name is registered once in
// the pattern's set, and a first publish past the quota is refused with 429. The set is also the list of callers'
// streams that retention and the monitor walk; names whose stream is gone are removed (`forgetStreams`), which
// frees quota.
import type { RedisClient } from "./connection.ts";
import { QuotaExceededError, typed } from "./errors.ts";
import { registerStreamScript } from "./lua/register-stream-1.ts";
import { runScript } from "./lua-script.ts";

/** A declared pattern of the stream catalog and how many streams it may hold. */
export interface StreamQuota {
  pattern: string;
  maxStreams: number;
}

/** The Redis set of the stream names registered under a pattern. */
export const registryKey = (pattern: string) => `sluice:registry:${pattern}`;

/** Names this process saw registered, so a publish costs no extra round trip after a stream's first. */
const MAX_REMEMBERED = 100_000;

export class StreamRegistry {
  readonly #client: RedisClient;
  readonly #registered = new Set<string>();

  constructor(client: RedisClient) {
    this.#client = client;
  }

  /** Registers a stream under its quota's pattern; throws QuotaExceededError (`streams.quota_exceeded`) past it. */
  async register(stream: string, { pattern, maxStreams }: StreamQuota): Promise<void> {
    const key = registryKey(pattern);
    const member = `${key}\n${stream}`;
    if (this.#registered.has(member)) return;
    const registered = await runScript(this.#client, registerStreamScript, [key], [stream, maxStreams]);
    if (registered !== 1) {
      throw new QuotaExceededError(
        "streams.quota_exceeded",
        `Streams matching ${pattern} are at their quota of ${maxStreams}: stream ${stream} cannot be created`,
        { details: { stream, pattern, maxStreams } },
      );
    }
    if (this.#registered.size >= MAX_REMEMBERED) this.#registered.clear();
    this.#registered.add(member);
  }
}

/** The stream names registered under a pattern. */
export async function registeredStreams(client: RedisClient, pattern: string): Promise<string[]> {
  return typed(client.smembers(registryKey(pattern)));
}
