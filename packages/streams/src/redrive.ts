import { setTimeout as sleep } from "node:timers/promises";
import type { RedisClient } from "./connection.ts";
import {
  type Durability,
  type ReplicationWait,
  replicationWait,
  writesNotReplicatedError,
} from "./durability.ts";
import { InvalidInputError, typed } from "./errors.ts";
import { redriveScript } from "./lua/redrive-2.ts";
import { runScript } from "./lua-script.ts";
import { type StreamKeys, streamKeys } from "./names.ts";
import { runScriptsReplicated } from "./replicated-scripts.ts";

export interface RedriveOptions {
  /** First dead-letter id to move (inclusive, default "-": the oldest). */
  from?: string;
  /** Last dead-letter id to move (inclusive, default "+": the newest). */
  to?: string;
  /** Stop after this many (default: all in range). */
  limit?: number;
  /** At most this many entries per second (default 1000). */
  ratePerSecond?: number;
  /** The visibility timeout of the group's consumers: re-pended entries get this idle time (default 30000). */
  visibilityTimeoutMs?: number;
  /**
   * Each step (up to 100 entries) confirmed only once replicas have it (default false). A step no replica confirmed
   * within the wait ends the redrive with `streams.not_replicated` (`details.moved`: what it moved, that step
   * included): a failover now may put that step's entries back in the dead-letter stream, and running the redrive
   * again moves whatever is still there.
   */
  durable?: Durability;
}

const ID = /^(-|\+|\d+(-\d+)?)$/;
const STEP = 100;

/**
 * Moves dead-lettered entries back to their stream, oldest first, rate-limited. An entry whose original is still
 * in the stream becomes pending again for the group that failed it only (its delivery count reset); one trimmed
 * meanwhile is appended anew. Resolves to the number moved.
 */
export async function redrive(
  client: RedisClient,
  stream: string,
  options: RedriveOptions = {},
): Promise<number> {
  const keys = streamKeys(stream);
  const { from = "-", to = "+", limit = Number.POSITIVE_INFINITY, ratePerSecond = 1000 } = options;
  for (const [name, id] of [
    ["from", from],
    ["to", to],
  ]) {
    if (!ID.test(id as string)) {
      throw new InvalidInputError("streams.invalid_id", `Redrive ${name} must be a stream id, got ${id}`);
    }
  }
  if (!(ratePerSecond > 0) || !(limit >= 0)) {
    throw new InvalidInputError("streams.invalid_option", "Redrive ratePerSecond must be > 0 and limit >= 0");
  }
  const wait = replicationWait(options.durable, client);
  // The end is fixed now: entries that fail again while this runs are dead-lettered anew after it, not redriven
  // in a loop.
  const end =
    to === "+" ? ((await typed(client.xrevrange(keys.dlq, "+", "-", "COUNT", 1)))[0]?.[0] ?? null) : to;
  if (end === null) return 0;
  let moved = 0;
  let start = from;
  while (moved < limit) {
    const began = Date.now();
    const step = Math.min(STEP, Math.max(1, Math.floor(ratePerSecond)), limit - moved);
    const args = [start, end, step, "sluice-redrive", options.visibilityTimeoutMs ?? 30_000];
    const [count, last] = await redriveStep(client, keys, args, wait);
    if (count === 0) break;
    moved += count;
    if (last.shortfall !== undefined) {
      throw writesNotReplicatedError(
        `Redrive of ${stream} moved ${moved} entries; its last step's ${count}`,
        last.shortfall,
        { stream, moved, lastId: last.id },
      );
    }
    start = `(${last.id}`;
    const due = (count / ratePerSecond) * 1000 - (Date.now() - began);
    if (due > 0) await sleep(due);
  }
  return moved;
}

/** One step of the script: how many it moved, the last dead-letter id it moved and, with a wait, its shortfall. */
async function redriveStep(
  client: RedisClient,
  keys: StreamKeys,
  args: (string | number)[],
  wait: ReplicationWait | undefined,
): Promise<[number, { id: string; shortfall: string | undefined }]> {
  const call = { script: redriveScript, keys: [keys.dlq, keys.stream], args };
  if (wait === undefined) {
    const [count, id] = (await runScript(client, call.script, call.keys, args)) as [number, string];
    return [count, { id, shortfall: undefined }];
  }
  const { replies, shortfall } = await runScriptsReplicated(client, [call], wait);
  const [reply] = replies;
  if (reply === undefined || "error" in reply) throw reply?.error;
  const [count, id] = reply.reply as [number, string];
  return [count, { id, shortfall }];
}
