// The HTTP route handlers' clients (functions/http/*.ts), opened on first use (lazy-clients.ts): one Redis command
// client and producer per Lambda container, its refused writes counted as PublishFailures (EMF on stdout, where npm
// start's routeMetrics says locally), the per-caller rate limiter and the audit log over the same client, and the
// request-reply client on top of it. All publish under each stream's
// catalog entry (stream-access.ts); only the frame ingest's producer may write frames.input, which the catalog
// reserves to POST /v1/frames, and only the request path (inside @sluice/requests) writes request streams.

import { FRAME_STREAMS } from "@sluice/frames/streams";
import { emfSink } from "@sluice/observability";
import { ListReplyClient, StreamReplyClient } from "@sluice/requests";
import {
  AuditLog,
  createBlockingClient,
  openConsumerConnections,
  Producer,
  platformCapability,
  RateLimiter,
} from "@sluice/streams";
import { loadHttpConfig } from "../config/http.ts";
import { loadRedisConfig, type RedisConfig } from "../config/redis.ts";
import { loadRequestConfig } from "../config/requests.ts";
import { lazyClient } from "./lazy-clients.ts";
import { producerPolicy } from "./stream-access.ts";

const metrics = emfSink();

/** The container's Redis configuration, command client and producer. */
export const redis = lazyClient(
  () => {
    let config: RedisConfig;
    try {
      config = loadRedisConfig();
    } catch (error) {
      // A deployment mistake, not the caller's: a generic 500 for them, the reason in the log.
      throw new Error(`The HTTP handlers are misconfigured: ${(error as Error).message}`, { cause: error });
    }
    // One command client, no blocking readers; reconnect errors are logged at most every 10 s.
    const { client, close } = openConsumerConnections(config.redis, []);
    const { rateLimit } = loadHttpConfig();
    return {
      config,
      client,
      producer: new Producer(client, { metrics, settingsFor: producerPolicy }),
      frameIngest: new Producer(client, {
        metrics,
        settingsFor: producerPolicy,
        platform: platformCapability(FRAME_STREAMS.input),
      }),
      /** Undefined when SLUICE_API_RATE_PER_SECOND=off. */
      rateLimiter: rateLimit === "off" ? undefined : new RateLimiter(client, rateLimit),
      auditLog: new AuditLog(client, producerPolicy),
      close,
    };
  },
  ({ close }) => close(),
);

/**
 * The container's request-reply client: a Lambda waits on its own reply list (one blocking read per request), a
 * long-running server (SLUICE_REPLY_MODE=stream) shares one reply stream among all requests. One that fails to open
 * is not kept: the next request tries again (Redis may be back by then).
 */
export const requests = lazyClient(
  async () => {
    const { config, client } = redis();
    const { replyMode, ...options } = loadRequestConfig();
    const reader = createBlockingClient(config.redis).on("error", () => {});
    const shared = { ...options, client, reader, metrics, settingsFor: producerPolicy };
    try {
      return {
        reader,
        /** How long a request waits when the caller names no timeout (SLUICE_REQUEST_TIMEOUT_MS). */
        defaultTimeoutMs: options.defaultTimeoutMs,
        client: replyMode === "stream" ? await StreamReplyClient.open(shared) : new ListReplyClient(shared),
      };
    } catch (error) {
      reader.disconnect();
      throw error;
    }
  },
  async ({ client, reader }) => {
    await client.close();
    reader.disconnect();
  },
);
