// The Subscribe handler: validates the request, opens the call's blocking connection, runs a Subscription until the
// client cancels (or its deadline passes) or the server closes, and releases the connection.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import {
  assertGroupName,
  createBlockingClient,
  type RedisClient,
  type RedisConnectionConfig,
  removeConsumerIfEmpty,
  streamKeys,
} from "@sluice/streams";
import { countOrDefault } from "./request-fields.ts";
import { type LogWriter, toStatus } from "./status.ts";
import { type DeliveryCall, Subscription, type SubscriptionSettings } from "./subscription.ts";
import { type SubscriptionRegistry, shuttingDown } from "./subscription-registry.ts";

export const MAX_IN_FLIGHT = 1000;
export const DEFAULT_MAX_IN_FLIGHT = 100;
/** CLIENT LIST shows each Subscribe call's connection as `sluice-grpc:reader`. */
export const READER_CONNECTION_NAME = "sluice-grpc";

export interface SubscribeContext {
  client: RedisClient;
  redis: RedisConnectionConfig;
  subscriptions: SubscriptionRegistry;
  settings: SubscriptionSettings;
  log: LogWriter;
}

/** `<hostname>-<pid>-<random>`, within the consumer name rules. */
export function generatedConsumerName(): string {
  return `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}`
    .replace(/[^A-Za-z0-9._:@/-]/g, "-")
    .replace(/^[^A-Za-z0-9]/, "c")
    .slice(0, 200);
}

function subscriptionOf(call: DeliveryCall, context: SubscribeContext): Subscription {
  const { stream, group, consumer, maxInFlight } = call.request;
  const keys = streamKeys(stream);
  assertGroupName("group", group);
  const name = consumer || generatedConsumerName();
  assertGroupName("consumer", name);
  const limit = countOrDefault("max_in_flight", maxInFlight, MAX_IN_FLIGHT, DEFAULT_MAX_IN_FLIGHT);
  context.subscriptions.assertRoom();
  const reader = createBlockingClient({ ...context.redis, connectionName: READER_CONNECTION_NAME });
  reader.on("error", () => {}); // failures surface through the reads
  return new Subscription(call, {
    client: context.client,
    reader,
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
    removeConsumerIfEmpty(context.client, streamKeys(stream), group, subscription.consumer).catch(() => {});
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
