// Acknowledge: XACK, then free the slots of this server's live Subscribe calls of that stream and group.
import {
  assertGroupName,
  NotFoundError,
  type RedisClient,
  type StreamKeys,
  streamKeys,
  typed,
} from "@sluice/streams";
import type { sluice } from "./generated/streaming.js";
import { assertCount, assertEntryIds } from "./request-fields.ts";
import type { SubscriptionRegistry } from "./subscription-registry.ts";

export const MAX_ACK_IDS = 1000;

async function groupExists(client: RedisClient, keys: StreamKeys, group: string): Promise<boolean> {
  if ((await typed(client.exists(keys.stream))) === 0) return false;
  const groups = (await typed(client.call("XINFO", "GROUPS", keys.stream))) as unknown[][];
  // Each group is a flat [name, value, …] list whose first pair is its name.
  return groups.some((fields) => String(fields[1]) === group);
}

export async function acknowledge(
  client: RedisClient,
  subscriptions: SubscriptionRegistry,
  request: sluice.streaming.v1.IAcknowledgeRequest,
): Promise<sluice.streaming.v1.IAcknowledgeResponse> {
  const keys = streamKeys(request.stream ?? "");
  const group = request.group ?? "";
  assertGroupName("group", group);
  const ids = assertCount("ids", request.ids, 1, MAX_ACK_IDS);
  assertEntryIds("ids", ids);
  const acknowledged = await typed(client.xack(keys.stream, group, ...ids));
  subscriptions.acknowledged(keys.name, group, ids);
  // XACK counts 0 for a group that does not exist: only then is it worth asking.
  if (acknowledged < ids.length && !(await groupExists(client, keys, group))) {
    throw new NotFoundError(
      "streams.group_not_found",
      `Stream ${keys.name} has no group ${JSON.stringify(group)}`,
      {
        details: { stream: keys.name, group },
      },
    );
  }
  return { acknowledged };
}
