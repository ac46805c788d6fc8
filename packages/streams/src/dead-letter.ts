// Dead-letter moves: a pending entry goes to its stream's dead-letter stream and is acknowledged, in one script. A
// durable move (`deadLetterAll` with a wait) is confirmed only once replicas have it: without, a failover right
// after it can undo it, and the entry is pending again (and delivered again) and absent from the dead-letter stream.
import type { RedisClient } from "./connection.ts";
import type { ReplicationWait } from "./durability.ts";
import { deadLetterScript } from "./lua/dead-letter-3.ts";
import { runScript } from "./lua-script.ts";
import type { StreamKeys } from "./names.ts";
import { runScriptsReplicated, type ScriptCall } from "./replicated-scripts.ts";

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
  const { script, keys, args } = moveOf(request);
  return movedId(await runScript(client, script, keys, args));
}

function moveOf(request: DeadLetterRequest): ScriptCall {
  const { keys, group } = request;
  return {
    script: deadLetterScript,
    keys: [keys.stream, keys.dlq, keys.errors(group)],
    args: [
      group,
      request.id,
      request.consumer,
      request.reason ?? "",
      Date.now(),
      keys.name,
      request.fallback ?? "failed",
    ],
  };
}

const movedId = (reply: unknown) => (typeof reply === "string" ? reply : undefined);

export interface DeadLetterMoves {
  /** Per request, in order: the dead-letter id, or undefined when the entry was no longer pending. */
  ids: (string | undefined)[];
  /** With a wait: why the moves made are not confirmed replicated; undefined when they are. */
  shortfall: string | undefined;
}

/**
 * Moves pending entries of one stream to its dead-letter stream, each atomically like `deadLetter`. With `wait`,
 * in one round trip followed by a WAIT: the moves are made whatever the replicas do, and `shortfall` says when
 * fewer than asked acknowledged them within the wait's timeout. Rejects with the first move Redis refused (the
 * others are still made).
 */
export async function deadLetterAll(
  client: RedisClient,
  requests: DeadLetterRequest[],
  wait?: ReplicationWait,
): Promise<DeadLetterMoves> {
  if (requests.length === 0) return { ids: [], shortfall: undefined };
  if (wait === undefined) {
    const ids = await Promise.all(requests.map((request) => deadLetter(client, request)));
    return { ids, shortfall: undefined };
  }
  const { replies, shortfall } = await runScriptsReplicated(client, requests.map(moveOf), wait);
  const refused = replies.find((reply) => "error" in reply);
  if (refused) throw refused.error;
  return { ids: replies.map((reply) => movedId("reply" in reply && reply.reply)), shortfall };
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
