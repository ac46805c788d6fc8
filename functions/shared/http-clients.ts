// Shared by the HTTP route handlers (functions/http/*.ts): one Redis command client and producer per Lambda
// container, opened on first use (importing a handler reads no environment), its refused writes counted as
// PublishFailures (EMF on stdout, where npm start's routeMetrics says locally), and `route()`, which wraps a route
// function in @sluice/http's handler with the configured CORS origins and body limit.
import {
  type HttpHandlerOptions,
  httpHandler,
  type LambdaHttpHandler,
  type RouteFunction,
} from "@sluice/http";
import { emfSink } from "@sluice/observability";
import { ListReplyClient, type RequestClient, StreamReplyClient } from "@sluice/requests";
import { createBlockingClient, openConsumerConnections, Producer, type RedisClient } from "@sluice/streams";
import {
  loadHttpConfig,
  loadRequestConfig,
  loadRuntimeConfig,
  type RuntimeConfig,
} from "../runtime-config.ts";

interface Container {
  config: RuntimeConfig;
  client: RedisClient;
  producer: Producer;
  close(): void;
}

let container: Container | undefined;
const metrics = emfSink();

/** The container's configuration, Redis client and producer. */
export function redis(): Container {
  if (container === undefined) {
    let config: RuntimeConfig;
    try {
      config = loadRuntimeConfig();
    } catch (error) {
      // A deployment mistake, not the caller's: a generic 500 for them, the reason in the log.
      throw new Error(`The HTTP handlers are misconfigured: ${(error as Error).message}`, { cause: error });
    }
    // One command client, no blocking readers; reconnect errors are logged at most every 10 s.
    const { client, close } = openConsumerConnections(config.redis, []);
    container = { config, client, producer: new Producer(client, { metrics }), close };
  }
  return container;
}

interface Requests {
  client: RequestClient;
  /** How long a request waits when the caller names no timeout (SLUICE_REQUEST_TIMEOUT_MS). */
  defaultTimeoutMs: number;
}

let requestClient: Promise<Requests & { reader: RedisClient }> | undefined;

/**
 * The container's request-reply client, opened on first use: a Lambda waits on its own reply list (one blocking
 * read per request), a long-running server (SLUICE_REPLY_MODE=stream) shares one reply stream among all requests.
 */
export async function requests(): Promise<Requests> {
  requestClient ??= (async () => {
    const { config, client } = redis();
    const { replyMode, ...options } = loadRequestConfig();
    const reader = createBlockingClient(config.redis).on("error", () => {});
    const shared = { ...options, client, reader, metrics };
    try {
      return {
        reader,
        defaultTimeoutMs: options.defaultTimeoutMs,
        client: replyMode === "stream" ? await StreamReplyClient.open(shared) : new ListReplyClient(shared),
      };
    } catch (error) {
      // Not cached: the next request tries again (Redis may be back by then).
      reader.disconnect();
      requestClient = undefined;
      throw error;
    }
  })();
  return requestClient;
}

/** A Lambda handler for a route function; the Middy chain is built on the first invocation, from SLUICE_* settings. */
export function route(fn: RouteFunction, options: Pick<HttpHandlerOptions, "body"> = {}): LambdaHttpHandler {
  let handler: LambdaHttpHandler | undefined;
  return (event, context) => {
    if (handler === undefined) {
      const { corsOrigins, maxBodyBytes } = loadHttpConfig();
      const cors = corsOrigins.length > 0 && { origins: corsOrigins };
      handler = httpHandler(fn, { ...options, maxBodyBytes, cors });
    }
    return handler(event, context);
  };
}

/** Closes the container's connections (tests and local scripts; Lambda itself just freezes the container). */
export async function disconnect(): Promise<void> {
  const opened = await requestClient?.catch(() => undefined);
  requestClient = undefined;
  await opened?.client.close();
  opened?.reader.disconnect();
  container?.close();
  container = undefined;
}
