// The implementation of StreamingService: each handler is thin over @sluice/streams, runs for the Caller the
// interceptor authenticated (auth.ts) and authorizes its operation on the stream first; errors become statuses here.
import type { handleUnaryCall, ServerUnaryCall } from "@grpc/grpc-js";
import {
  AuditLog,
  type Caller,
  createBlockingClient,
  Producer,
  type ProducerOptions,
  type RedisClient,
  type RedisConnectionConfig,
  StreamRegistry,
} from "@sluice/streams";
import type { Authorize, GroupLimitsFor } from "./access.ts";
import { acknowledge } from "./acknowledge.ts";
import { callerOf } from "./auth.ts";
import { publish, publishBatch } from "./publish.ts";
import { PublishLimit, type PublishLimits } from "./publish-limit.ts";
import type { StreamingServiceImplementation } from "./service-definition.ts";
import { type LogWriter, toStatus } from "./status.ts";
import { redriveDeadLetters, registerStream } from "./stream-admin.ts";
import { getMetrics, getStreamInfo, listStreamSummaries } from "./stream-figures.ts";
import { StreamWatchers } from "./stream-watchers.ts";
import { subscribe } from "./subscribe.ts";
import type { SubscriptionSettings } from "./subscription.ts";
import { type SubscriptionLimits, SubscriptionRegistry } from "./subscription-registry.ts";

/** CLIENT LIST shows the stream watchers' blocking connections as `sluice-grpc:reader`. */
export const READER_CONNECTION_NAME = "sluice-grpc:reader";

export interface StreamingServiceOptions {
  /** Shared command connection; the caller owns it. */
  client: RedisClient;
  /** Where the stream watchers open their blocking connections. */
  redis: RedisConnectionConfig;
  /** Largest event payload, bytes (default 1 MiB). */
  maxPayloadBytes?: number;
  /** Where publishes Redis refused are counted (PublishFailures per stream and reason); default nowhere. */
  metrics?: ProducerOptions["metrics"];
  /** Each stream's publish defaults and reservations (the Producer's `settingsFor`); default none. */
  settingsFor?: ProducerOptions["settingsFor"];
  /** Whether the caller may do an operation on a stream. */
  authorize: Authorize;
  /** Each stream's group quotas and platform groups. */
  groupLimits: GroupLimitsFor;
  /** Publishes waiting on Redis at once; over them a call fails UNAVAILABLE (`grpc.overloaded`). */
  publishLimits: PublishLimits;
  subscribe: SubscriptionSettings;
  /** Subscribe calls at once, in total and per caller; over either a call fails RESOURCE_EXHAUSTED. */
  subscriptionLimits: SubscriptionLimits;
  /** Streams read by Subscribe calls at once: one blocking connection each. */
  maxReaderConnections: number;
  log: LogWriter;
}

export interface StreamingService {
  implementation: StreamingServiceImplementation;
  subscriptions: SubscriptionRegistry;
  /** Blocking connections open for Subscribe calls now. */
  readonly readerConnections: number;
  /** Publish and PublishBatch calls waiting on Redis now. */
  readonly pendingPublishes: number;
}

/**
 * A unary handler from an async function of the call's Caller and request; `signal` aborts when the client cancels
 * or the deadline passes.
 */
function unary<Request, Response>(
  method: string,
  log: LogWriter,
  handler: (caller: Caller, request: Request, signal: AbortSignal) => Promise<Response>,
): handleUnaryCall<Request, Response> {
  return (call: ServerUnaryCall<Request, Response>, callback) => {
    const cancelled = new AbortController();
    call.once("cancelled", () => cancelled.abort());
    Promise.resolve()
      .then(() => handler(callerOf(call.metadata), call.request, cancelled.signal))
      .then(
        (response) => callback(null, response),
        (error: unknown) => callback(toStatus(error, log, { method })),
      );
  };
}

export function createStreamingService(options: StreamingServiceOptions): StreamingService {
  const { client, log, authorize, groupLimits, settingsFor } = options;
  const producer = new Producer(client, {
    ...(options.maxPayloadBytes && { maxPayloadBytes: options.maxPayloadBytes }),
    ...(options.metrics && { metrics: options.metrics }),
    ...(settingsFor && { settingsFor }),
  });
  const publisher = { producer, limit: new PublishLimit(options.publishLimits), authorize };
  const subscriptions = new SubscriptionRegistry(options.subscriptionLimits);
  const watchers = new StreamWatchers(
    () =>
      createBlockingClient({ ...options.redis, connectionName: READER_CONNECTION_NAME }).on(
        "error",
        () => {}, // failures surface through the watcher's reads
      ),
    options.maxReaderConnections,
    options.subscribe.blockMs,
  );
  const creation = { client, registry: new StreamRegistry(client), settingsFor };
  const access = { authorize, groupLimits };
  const admin = { creation, audit: new AuditLog(client, settingsFor), ...access };
  const subscribeContext = { creation, watchers, subscriptions, settings: options.subscribe, log, ...access };
  const ackContext = { client, subscriptions, ...access };
  const { visibilityTimeoutMs } = options.subscribe;
  const implementation: StreamingServiceImplementation = {
    Publish: unary("Publish", log, (caller, request) => publish(publisher, caller, request)),
    PublishBatch: unary("PublishBatch", log, (caller, request) =>
      publishBatch(publisher, caller, request, log),
    ),
    Subscribe: (call) => subscribe(call, subscribeContext),
    Acknowledge: unary("Acknowledge", log, (caller, request) => acknowledge(ackContext, caller, request)),
    GetStreamInfo: unary("GetStreamInfo", log, (caller, request) =>
      getStreamInfo(client, authorize, caller, request),
    ),
    ListStreams: unary("ListStreams", log, (caller, request) =>
      listStreamSummaries(client, authorize, caller, request),
    ),
    RegisterStream: unary("RegisterStream", log, (caller, request) => registerStream(admin, caller, request)),
    Redrive: unary("Redrive", log, (caller, request, signal) =>
      redriveDeadLetters(admin, caller, request, visibilityTimeoutMs, signal),
    ),
    GetMetrics: unary("GetMetrics", log, (caller, request) => getMetrics(client, authorize, caller, request)),
  };
  return {
    implementation,
    subscriptions,
    get readerConnections() {
      return watchers.size;
    },
    get pendingPublishes() {
      return publisher.limit.pending;
    },
  };
}
