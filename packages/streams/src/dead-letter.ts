import type { RedisClient } from "./connection.ts";
import { deadLetterScript } from "./lua/dead-letter-3.ts";
import { runScript } from "./lua-script.ts";
import type { StreamKeys } from "./names.ts";

/** Why an entry was dead-lettered, when it was not the handler's own error. */
export const DeadLetterReason = {
  maxDeliveries: (max: number) => `delivered ${max} times without success (maxDeliveries)`,
  expired: (ageMs: number, maxMs: number) => `record age ${ageMs} ms exceeds maxRecordAgeMs ${maxMs}`,
};

export interface DeadLetterRequest {
  keys: StreamKeys;
  group: string;
  consumer: string;
  id: string;
  /** Why; undefined to keep the handler's last recorded error (else `fallback`). */
  reason?: string;
  fallback?: string;
}

/**
 * Moves a pending entry to the dead-letter stream and acknowledges it in one atomic step. Resolves to the
 * dead-letter id, or undefined when the entry was no longer pending.
 */
export async function deadLetter(
  client: RedisClient,
  request: DeadLetterRequest,
): Promise<string | undefined> {
  const { keys, group } = request;
  const id = await runScript(
    client,
    deadLetterScript,
    [keys.stream, keys.dlq, keys.errors(group)],
    [
      group,
      request.id,
      request.consumer,
      request.reason ?? "",
      Date.now(),
      keys.name,
      request.fallback ?? "failed",
    ],
  );
  return typeof id === "string" ? id : undefined;
}

/** Remembers the handler's error for a pending entry, for its dead-letter record; kept a week at most. */
export async function recordFailures(
  client: RedisClient,
  keys: StreamKeys,
  group: string,
  failures: { id: string; error: string }[],
): Promise<void> {
  if (failures.length === 0) return;
  const key = keys.errors(group);
  await client
    .multi()
    .hset(key, ...failures.flatMap((f) => [f.id, f.error]))
    .pexpire(key, 7 * 24 * 3600 * 1000)
    .exec();
}
