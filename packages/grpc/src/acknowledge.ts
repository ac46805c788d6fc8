// Acknowledge: entries pending to the caller's own consumers only (consumers are named `<caller>|…`: caller-groups.ts),
// checked and acknowledged in one Lua step (XPENDING per id, then XACK); one id pending to another caller's consumer
// refuses the call and acknowledges nothing. Then the slots of this server's live Subscribe calls of that stream and
// group are freed.
import {
  assertGroupName,
  type Caller,
  ForbiddenError,
  isNoGroupError,
  NotFoundError,
  type RedisClient,
  runScript,
  streamKeys,
} from "@sluice/streams";
import { type Authorize, assertCallerGroup, type GroupLimitsFor } from "./access.ts";
import { consumerPrefix } from "./caller-groups.ts";
import type { sluice } from "./generated/streaming.js";
import { ackOwnedScript } from "./lua/ack-owned-1.ts";
import { assertCount, assertEntryIds } from "./request-fields.ts";
import type { SubscriptionRegistry } from "./subscription-registry.ts";

export const MAX_ACK_IDS = 1000;
/** Ids of others' entries named in the error's details at most. */
const MAX_REPORTED_IDS = 10;

export interface AcknowledgeContext {
  client: RedisClient;
  subscriptions: SubscriptionRegistry;
  authorize: Authorize;
  groupLimits: GroupLimitsFor;
}

export async function acknowledge(
  { client, subscriptions, authorize, groupLimits }: AcknowledgeContext,
  caller: Caller,
  request: sluice.streaming.v1.IAcknowledgeRequest,
): Promise<sluice.streaming.v1.IAcknowledgeResponse> {
  const keys = streamKeys(request.stream ?? "");
  const group = request.group ?? "";
  assertGroupName("group", group);
  const ids = assertCount("ids", request.ids, 1, MAX_ACK_IDS);
  assertEntryIds("ids", ids);
  authorize(caller, "ack", keys.name);
  assertCallerGroup(groupLimits(keys.name), keys.name, group);
  let reply: [number, string[]];
  try {
    reply = (await runScript(
      client,
      ackOwnedScript,
      [keys.stream],
      [group, consumerPrefix(caller), ...ids],
    )) as [number, string[]];
  } catch (error) {
    if (!isNoGroupError(error)) throw error;
    throw new NotFoundError(
      "streams.group_not_found",
      `Stream ${keys.name} has no group ${JSON.stringify(group)}`,
      { details: { stream: keys.name, group } },
    );
  }
  const [acknowledged, others] = reply;
  if (others.length > 0) {
    throw new ForbiddenError(
      "grpc.not_own_entries",
      `${caller.name} may acknowledge only entries pending to its own subscriptions: ${others.length} of the ids ` +
        "are pending to another caller's consumer; nothing was acknowledged",
      { details: { stream: keys.name, group, ids: others.slice(0, MAX_REPORTED_IDS) } },
    );
  }
  subscriptions.acknowledged(keys.name, group, ids);
  return { acknowledged };
}
