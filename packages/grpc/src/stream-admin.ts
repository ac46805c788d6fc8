// RegisterStream (admin) and Redrive (redrive): each authorized for its caller and written to the audit log (who,
// what, which stream) before it runs, so an action without a record never happens; thin over createGroup (under the
// group quota), applyRetention and redrive of @sluice/streams.
import {
  type AuditLog,
  applyRetention,
  assertGroupName,
  type Caller,
  redrive,
  streamKeys,
  streamStats,
  typed,
} from "@sluice/streams";
import { type Authorize, assertCallerGroup, type GroupLimitsFor } from "./access.ts";
import { createGroup, type GroupCreation } from "./caller-groups.ts";
import type { sluice } from "./generated/streaming.js";
import { toRetentionOptions, toStreamInfo } from "./messages.ts";
import { assertCount, optionalEntryId } from "./request-fields.ts";

export const MAX_GROUPS = 100;
const DEFAULT_REDRIVE_RATE = 1000;

export interface AdminContext {
  creation: GroupCreation;
  audit: AuditLog;
  authorize: Authorize;
  groupLimits: GroupLimitsFor;
}

/** Creates the missing groups at the start of the stream (MKSTREAM), then applies the retention policy once. */
export async function registerStream(
  { creation, audit, authorize, groupLimits }: AdminContext,
  caller: Caller,
  request: sluice.streaming.v1.IRegisterStreamRequest,
): Promise<sluice.streaming.v1.IRegisterStreamResponse> {
  const { client } = creation;
  const keys = streamKeys(request.stream ?? "");
  const groups = [...new Set(assertCount("groups", request.groups, 1, MAX_GROUPS))];
  for (const group of groups) assertGroupName("group", group);
  const retention = toRetentionOptions(request.retention);
  authorize(caller, "admin", keys.name);
  const limits = groupLimits(keys.name);
  for (const group of groups) assertCallerGroup(limits, keys.name, group);
  await audit.record({
    who: caller.name,
    action: "register_stream",
    stream: keys.name,
    details: { groups, retention },
  });
  const created: string[] = [];
  for (const group of groups) {
    if (await createGroup(creation, keys, group, limits)) created.push(group);
  }
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
  { creation: { client }, audit, authorize }: AdminContext,
  caller: Caller,
  request: sluice.streaming.v1.IRedriveRequest,
  visibilityTimeoutMs: number,
  signal: AbortSignal,
): Promise<sluice.streaming.v1.IRedriveResponse> {
  const keys = streamKeys(request.stream ?? "");
  const from = optionalEntryId("from_id", request.fromId, "-");
  let to = optionalEntryId("to_id", request.toId, "+");
  const limit = request.limit || Number.POSITIVE_INFINITY;
  const ratePerSecond = request.ratePerSecond || DEFAULT_REDRIVE_RATE;
  authorize(caller, "redrive", keys.name);
  await audit.record({
    who: caller.name,
    action: "redrive",
    stream: keys.name,
    details: { from, to, limit: request.limit || null, ratePerSecond },
  });
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
