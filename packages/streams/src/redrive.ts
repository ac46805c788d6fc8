import { setTimeout as sleep } from "node:timers/promises";
import type { RedisClient } from "./connection.ts";
import { InvalidInputError, typed } from "./errors.ts";
import { redriveScript } from "./lua/redrive-2.ts";
import { runScript } from "./lua-script.ts";
import { streamKeys } from "./names.ts";

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
    const [count, last] = (await runScript(
      client,
      redriveScript,
      [keys.dlq, keys.stream],
      [start, end, step, "sluice-redrive", options.visibilityTimeoutMs ?? 30_000],
    )) as [number, string];
    if (count === 0) break;
    moved += count;
    start = `(${last}`;
    const due = (count / ratePerSecond) * 1000 - (Date.now() - began);
    if (due > 0) await sleep(due);
  }
  return moved;
}
