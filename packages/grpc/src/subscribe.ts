// The Subscribe handler: authenticates and authorizes the call (read on the stream, a group of the caller's, a
// consumer named after the caller), checks the caller's and the server's room for one more call, runs a Subscription
// until the client cancels (or its deadline passes) or the server closes, and removes its consumer if it holds
// nothing.
import { assertGroupName, removeConsumerIfEmpty, streamKeys } from "@sluice/streams";
import { type Authorize, assertCallerGroup, type GroupLimitsFor } from "./access.ts";
import { callerOf } from "./auth.ts";
import { callerConsumer, type GroupCreation } from "./caller-groups.ts";
import { countOrDefault } from "./request-fields.ts";
import { type LogWriter, toStatus } from "./status.ts";
import type { StreamWatchers } from "./stream-watchers.ts";
import { type DeliveryCall, Subscription, type SubscriptionSettings } from "./subscription.ts";
import { type SubscriptionRegistry, shuttingDown } from "./subscription-registry.ts";

export const MAX_IN_FLIGHT = 1000;
export const DEFAULT_MAX_IN_FLIGHT = 100;

export interface SubscribeContext {
  creation: GroupCreation;
  watchers: StreamWatchers;
  subscriptions: SubscriptionRegistry;
  settings: SubscriptionSettings;
  authorize: Authorize;
  groupLimits: GroupLimitsFor;
  log: LogWriter;
}

function subscriptionOf(call: DeliveryCall, context: SubscribeContext): Subscription {
  const caller = callerOf(call.metadata);
  const { stream, group, consumer, maxInFlight } = call.request;
  const keys = streamKeys(stream);
  assertGroupName("group", group);
  context.authorize(caller, "read", keys.name);
  const limits = context.groupLimits(keys.name);
  assertCallerGroup(limits, keys.name, group);
  const name = callerConsumer(caller, consumer);
  const limit = countOrDefault("max_in_flight", maxInFlight, MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT);
  context.subscriptions.assertRoom(caller.name);
  return new Subscription(call, {
    creation: context.creation,
    watchers: context.watchers,
    caller: caller.name,
    limits,
    keys,
    group,
    consumer: name,
    maxInFlight: limit,
    settings: context.settings,
  });
}

async function serve(
  call: DeliveryCall,
  subscription: Subscription,
  context: SubscribeContext,
): Promise<void> {
  const stop = () => subscription.stop();
  call.on("cancelled", stop);
  if (call.cancelled) stop();
  const { stream, group } = call.request;
  try {
    await subscription.run();
    // Stopped without a cancelled call: the server is closing. Unacknowledged entries stay pending.
    if (!call.cancelled) call.emit("error", toStatus(shuttingDown(), context.log));
  } catch (error) {
    if (!call.cancelled)
      call.emit("error", toStatus(error, context.log, { method: "Subscribe", stream, group }));
  } finally {
    call.off("cancelled", stop);
    subscription.stop();
    // A consumer that holds nothing is removed (each call without a name makes a new one); not awaited, so that a
    // closing server does not wait on an unreachable Redis.
    const { client } = context.creation;
    removeConsumerIfEmpty(client, streamKeys(stream), group, subscription.consumer).catch(() => {});
  }
}

export function subscribe(call: DeliveryCall, context: SubscribeContext): void {
  let subscription: Subscription;
  try {
    subscription = subscriptionOf(call, context);
  } catch (error) {
    call.emit("error", toStatus(error, context.log, { method: "Subscribe" }));
    return;
  }
  context.subscriptions.add(subscription, serve(call, subscription, context));
}
