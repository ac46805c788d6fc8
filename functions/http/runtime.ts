// Shared by the HTTP route handlers (functions/http/*.ts): one Redis command client and producer per Lambda
// container, opened on first use (importing a handler reads no environment), and `route()`, which wraps a route
// function in @sluice/http's handler with the configured CORS origins and body limit.
import { httpHandler, type LambdaHttpHandler, type RouteFunction } from "@sluice/http";
import { openConsumerConnections, Producer, type RedisClient } from "@sluice/streams";
import { loadHttpConfig, loadRuntimeConfig, type RuntimeConfig } from "../runtime-config.ts";

interface Container {
  config: RuntimeConfig;
  client: RedisClient;
  producer: Producer;
  close(): void;
}

let container: Container | undefined;

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
    container = { config, client, producer: new Producer(client), close };
  }
  return container;
}

/** A Lambda handler for a route function; the Middy chain is built on the first invocation, from SLUICE_* settings. */
export function route(fn: RouteFunction): LambdaHttpHandler {
  let handler: LambdaHttpHandler | undefined;
  return (event, context) => {
    if (handler === undefined) {
      const { corsOrigins, maxBodyBytes } = loadHttpConfig();
      handler = httpHandler(fn, { maxBodyBytes, cors: corsOrigins.length > 0 && { origins: corsOrigins } });
    }
    return handler(event, context);
  };
}

/** Closes the container's connection (tests and local scripts; Lambda itself just freezes the container). */
export function disconnect(): void {
  container?.close();
  container = undefined;
}
