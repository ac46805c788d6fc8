// RegisterStream and Redrive: thin over ensureGroup, applyRetention and redrive of @sluice/streams.
import {
  applyRetention,
  assertGroupName,
  ensureGroup,
  type RedisClient,
  redrive,
  streamKeys,
  streamStats,
  typed,
} from "@sluice/streams";
import type { sluice } from "./generated/streaming.js";
import { toRetentionOptions, toStreamInfo } from "./messages.ts";
import { assertCount, optionalEntryId } from "./request-fields.ts";

export const MAX_GROUPS = 100;
const DEFAULT_REDRIVE_RATE = 1000;

/** Creates the missing groups at the start of the stream (MKSTREAM), then applies the retention policy once. */
export async function registerStream(
  client: RedisClient,
  request: sluice.streaming.v1.IRegisterStreamRequest,
): Promise<sluice.streaming.v1.IRegisterStreamResponse> {
  const keys = streamKeys(request.stream ?? "");
  const groups = [...new Set(assertCount("groups", request.groups, 1, MAX_GROUPS))];
  for (const group of groups) assertGroupName("group", group);
  const retention = toRetentionOptions(request.retention);
  const existing = new Set((await streamStats(client, keys)).groups.map((group) => group.name));
  // A group another caller creates meanwhile is reported as created by both: harmless for an idempotent call.
  const created = groups.filter((group) => !existing.has(group));
  for (const group of created) await ensureGroup(client, keys, group, "0");
  const { trimmed, dropped } = await applyRetention(client, keys.name, retention);
  return {
    info: toStreamInfo(await streamStats(client, keys)),
    createdGroups: created,
    trimmed: trimmed + dropped,
  };
}

/**
 * Moves dead-letter entries back, in chunks of one second's worth so that a cancelled call (client gone, deadline
 * passed) stops within about a second. The range end is fixed first: entries dead-lettered meanwhile stay.
 */
export async function redriveDeadLetters(
  client: RedisClient,
  request: sluice.streaming.v1.IRedriveRequest,
  visibilityTimeoutMs: number,
  signal: AbortSignal,
): Promise<sluice.streaming.v1.IRedriveResponse> {
  const keys = streamKeys(request.stream ?? "");
  const from = optionalEntryId("from_id", request.fromId, "-");
  let to = optionalEntryId("to_id", request.toId, "+");
  const limit = request.limit || Number.POSITIVE_INFINITY;
  const ratePerSecond = request.ratePerSecond || DEFAULT_REDRIVE_RATE;
  if (to === "+") {
    const [newest] = await typed(client.xrevrange(keys.dlq, "+", "-", "COUNT", 1));
    if (!newest) return { moved: 0 };
    to = newest[0];
  }
  let moved = 0;
  while (moved < limit && !signal.aborted) {
    const chunk = Math.min(ratePerSecond, limit - moved);
    // Moved entries leave the dead-letter stream, so every chunk starts again at `from`.
    const count = await redrive(client, keys.name, {
      from,
      to,
      limit: chunk,
      ratePerSecond,
      visibilityTimeoutMs,
    });
    moved += count;
    if (count < chunk) break;
  }
  return { moved };
}
