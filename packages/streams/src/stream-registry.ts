// How many streams callers may create under a declared pattern (`*`, `orders.*`): each name is registered once in
// the pattern's set, and a first publish past the quota is refused with 429. The set is also the list of callers'
// streams a pattern holds; names whose stream is gone are removed (`forgetMissingStreams`, by the stream monitor),
// which frees quota.
import type { RedisClient } from "./connection.ts";
import { QuotaExceededError, typed } from "./errors.ts";
import { registerStreamScript } from "./lua/register-stream-1.ts";
import { runScript } from "./lua-script.ts";
import { mapLimit } from "./map-limit.ts";
import { streamKeys } from "./names.ts";

/** A declared pattern of the stream catalog and how many streams it may hold. */
export interface StreamQuota {
  pattern: string;
  maxStreams: number;
}

/** The Redis set of the stream names registered under a pattern. */
export const registryKey = (pattern: string) => `sluice:registry:${pattern}`;

/**
 * Names this process saw registered, and until when it trusts that, so a publish costs no extra round trip after a
 * stream's first for a minute. Not longer: a name the monitor forgot (its stream was deleted) must be registered
 * again when this process writes it anew, or the stream would escape the quota.
 */
const MAX_REMEMBERED = 100_000;
const REMEMBER_MS = 60_000;

export class StreamRegistry {
  readonly #client: RedisClient;
  readonly #registered = new Map<string, number>();

  constructor(client: RedisClient) {
    this.#client = client;
  }

  /** Registers a stream under its quota's pattern; throws QuotaExceededError (`streams.quota_exceeded`) past it. */
  async register(stream: string, { pattern, maxStreams }: StreamQuota): Promise<void> {
    const key = registryKey(pattern);
    const member = `${key}\n${stream}`;
    if ((this.#registered.get(member) ?? 0) > performance.now()) return;
    const registered = await runScript(this.#client, registerStreamScript, [key], [stream, maxStreams]);
    if (registered !== 1) {
      throw new QuotaExceededError(
        "streams.quota_exceeded",
        `Streams matching ${pattern} are at their quota of ${maxStreams}: stream ${stream} cannot be created`,
        { details: { stream, pattern, maxStreams } },
      );
    }
    if (this.#registered.size >= MAX_REMEMBERED) this.#registered.clear();
    this.#registered.set(member, performance.now() + REMEMBER_MS);
  }
}

/** The stream names registered under a pattern. */
export async function registeredStreams(client: RedisClient, pattern: string): Promise<string[]> {
  return typed(client.smembers(registryKey(pattern)));
}

/** Whether each stream exists (as a key), in order; one command each, so a cluster routes each to its slot. */
function streamsExist(client: RedisClient, names: string[]): Promise<boolean[]> {
  return mapLimit(names, 16, async (name) => (await typed(client.exists(streamKeys(name).stream))) === 1);
}

/**
 * Removes from a pattern's registry the names whose stream no longer exists (deleted by an operator, a restore that
 * lacked it), so they stop counting against the quota. A producer registers a name just before its stream's first
 * XADD: a name removed while that XADD was on its way is put back once its stream is seen, so no live stream is
 * left uncounted. Returns the names removed.
 */
export async function forgetMissingStreams(client: RedisClient, pattern: string): Promise<string[]> {
  const key = registryKey(pattern);
  const names = await registeredStreams(client, pattern);
  const exists = await streamsExist(client, names);
  const missing = names.filter((_, index) => !exists[index]);
  if (missing.length === 0) return [];
  await typed(client.srem(key, ...missing));
  const appeared = await streamsExist(client, missing);
  const back = missing.filter((_, index) => appeared[index]);
  if (back.length > 0) await typed(client.sadd(key, ...back));
  return missing.filter((_, index) => !appeared[index]);
}
