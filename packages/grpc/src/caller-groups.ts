// Groups and consumers as callers create them, each under its quota (GroupLimits: checked in the same Lua step that
// creates it), and consumers named after their caller, `<caller>|<name>`: caller names cannot hold `|`, so the
// prefix tells whose a consumer is, and Acknowledge lets a caller settle only entries pending to its own consumers.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import {
  assertGroupName,
  type Caller,
  type ProducerOptions,
  QuotaExceededError,
  type RedisClient,
  runScript,
  type StreamKeys,
  type StreamRegistry,
} from "@sluice/streams";
import type { GroupLimits } from "./access.ts";
import { createConsumerScript } from "./lua/create-consumer-1.ts";
import { createGroupScript } from "./lua/create-group-1.ts";

export const CONSUMER_SEPARATOR = "|";

/** What a group or consumer creation needs: the connection, and the quota of streams callers may create. */
export interface GroupCreation {
  client: RedisClient;
  /** A new stream (MKSTREAM) counts against its pattern's quota, as a first publish does. */
  registry: StreamRegistry;
  settingsFor: ProducerOptions["settingsFor"];
}

/** The start of every consumer name of a caller. */
export const consumerPrefix = (caller: Caller) => `${caller.name}${CONSUMER_SEPARATOR}`;

/** `<hostname>-<pid>-<random>`, within the consumer name rules. */
export function generatedConsumerName(): string {
  return `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`
    .replace(/[^A-Za-z0-9._:@/-]/g, "-")
    .replace(/^[^A-Za-z0-9]/, "c")
    .slice(0, 200);
}

/**
 * The caller's consumer: `<caller>|<given>`, or a generated name for none. A name a delivery reported (already
 * `<caller>|…`) is taken as it is, so a client may subscribe again under the name it was given.
 */
export function callerConsumer(caller: Caller, given: string): string {
  const prefix = consumerPrefix(caller);
  const name = given.startsWith(prefix) ? given.slice(prefix.length) : given || generatedConsumerName();
  assertGroupName("consumer", name);
  return `${prefix}${name}`;
}

/** Creates the group at `startId` unless it exists; QuotaExceededError (`grpc.group_quota`) past maxGroups. */
export async function createGroup(
  creation: GroupCreation,
  keys: StreamKeys,
  group: string,
  limits: GroupLimits,
): Promise<boolean> {
  const quota = creation.settingsFor?.(keys.name)?.quota;
  if (quota) await creation.registry.register(keys.name, quota);
  const created = await runScript(
    creation.client,
    createGroupScript,
    [keys.stream],
    [group, "0", limits.maxGroups],
  );
  if (created === -1) {
    throw new QuotaExceededError(
      "grpc.group_quota",
      `Stream ${keys.name} has its quota of ${limits.maxGroups} consumer groups: group ${group} cannot be created ` +
        "(remove a group it no longer needs)",
      { details: { stream: keys.name, group, maxGroups: limits.maxGroups } },
    );
  }
  return created === 1;
}

/** Creates the consumer unless it exists; QuotaExceededError (`grpc.consumer_quota`) past maxConsumersPerGroup. */
export async function createConsumer(
  client: RedisClient,
  keys: StreamKeys,
  group: string,
  consumer: string,
  limits: GroupLimits,
): Promise<void> {
  const created = await runScript(
    client,
    createConsumerScript,
    [keys.stream],
    [group, consumer, limits.maxConsumersPerGroup],
  );
  if (created === -1) {
    throw new QuotaExceededError(
      "grpc.consumer_quota",
      `Group ${group} of stream ${keys.name} has its quota of ${limits.maxConsumersPerGroup} consumers: subscribe ` +
        "under a consumer name already in the group, or once one has ended",
      { details: { stream: keys.name, group, maxConsumersPerGroup: limits.maxConsumersPerGroup } },
    );
  }
}
