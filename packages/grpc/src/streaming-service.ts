// The implementation of StreamingService: each handler is thin over @sluice/streams; errors become statuses here.
import type { handleUnaryCall } from "@grpc/grpc-js";
import {
  Producer,
  type ProducerOptions,
  type RedisClient,
  type RedisConnectionConfig,
} from "@sluice/streams";
import { acknowledge } from "./acknowledge.ts";
import { publish, publishBatch } from "./publish.ts";
import { PublishLimit, type PublishLimits } from "./publish-limit.ts";
import type { StreamingServiceImplementation } from "./service-definition.ts";
import { type LogWriter, toStatus } from "./status.ts";
import { redriveDeadLetters, registerStream } from "./stream-admin.ts";
import { getMetrics, getStreamInfo, listStreamSummaries } from "./stream-figures.ts";
import { subscribe } from "./subscribe.ts";
import type { SubscriptionSettings } from "./subscription.ts";
import { SubscriptionRegistry } from "./subscription-registry.ts";

export interface StreamingServiceOptions {
  /** Shared command connection; the caller owns it. */
  client: RedisClient;
  /** Where each Subscribe call opens its blocking connection. */
  redis: RedisConnectionConfig;
  /** Largest event payload, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Where publishes Redis refused are counted (PublishFailures per stream and reason); default nowhere. */
  metrics?: ProducerOptions["metrics"];
  /** Each stream's publish defaults (the Producer's `settingsFor`); default none. */
  settingsFor?: ProducerOptions["settingsFor"];
  /** Publishes waiting on Redis at once; over them a call fails UNAVAILABLE (`grpc.overloaded`). */
  publishLimits: PublishLimits;
  subscribe: SubscriptionSettings;
  /** Subscribe calls at once, each with its own Redis connection; over it a call fails UNAVAILABLE. */
  maxSubscriptions: number;
  log: LogWriter;
}

export interface StreamingService {
  implementation: StreamingServiceImplementation;
  subscriptions: SubscriptionRegistry;
  /** Publish and PublishBatch calls waiting on Redis now. */
  readonly pendingPublishes: number;
}

/** A unary handler from an async function; `signal` aborts when the client cancels or the deadline passes. */
function unary<Request, Response>(
  method: string,
  log: LogWriter,
  handler: (request: Request, signal: AbortSignal) => Promise<Response>,
): handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const cancelled = new AbortController();
    call.once("cancelled", () => cancelled.abort());
    handler(call.request, cancelled.signal).then(
      (response) => callback(null, response),
      (error: unknown) => callback(toStatus(error, log, { method })),
    );
  };
}

export function createStreamingService(options: StreamingServiceOptions): StreamingService {
  const { client, log } = options;
  const producer = new Producer(client, {
    ...(options.maxPayloadBytes && { maxPayloadBytes: options.maxPayloadBytes }),
    ...(options.metrics && { metrics: options.metrics }),
    ...(options.settingsFor && { settingsFor: options.settingsFor }),
  });
  const publisher = { producer, limit: new PublishLimit(options.publishLimits) };
  const subscriptions = new SubscriptionRegistry(options.maxSubscriptions);
  const context = { client, redis: options.redis, subscriptions, settings: options.subscribe, log };
  const { visibilityTimeoutMs } = options.subscribe;
  const implementation: StreamingServiceImplementation = {
    Publish: unary("Publish", log, (request) => publish(publisher, request)),
    PublishBatch: unary("PublishBatch", log, (request) => publishBatch(publisher, request, log)),
    Subscribe: (call) => subscribe(call, context),
    Acknowledge: unary("Acknowledge", log, (request) => acknowledge(client, subscriptions, request)),
    GetStreamInfo: unary("GetStreamInfo", log, (request) => getStreamInfo(client, request)),
    ListStreams: unary("ListStreams", log, (request) => listStreamSummaries(client, request)),
    RegisterStream: unary("RegisterStream", log, (request) => registerStream(client, request)),
    Redrive: unary("Redrive", log, (request, signal) =>
      redriveDeadLetters(client, request, visibilityTimeoutMs, signal),
    ),
    GetMetrics: unary("GetMetrics", log, (request) => getMetrics(client, request)),
  };
  return {
    implementation,
    subscriptions,
    get pendingPublishes() {
      return publisher.limit.pending;
    },
  };
}
