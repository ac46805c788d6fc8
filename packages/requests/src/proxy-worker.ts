import { emfSink, type MetricDatum } from "@sluice/observability";
import {
  createRunners,
  logWriter,
  openConsumerConnections,
  type RedisConnectionConfig,
  scheduleRetention,
} from "@sluice/streams";
import { DEFAULT_GROUP, resolveOptions } from "./client-options.ts";
import type { ReplyWriterOptions } from "./reply-writer.ts";
import { createRequestHandler, type ProxyEvent, type ProxyStats } from "./request-handler.ts";
import { requestKeys } from "./request-keys.ts";
import type { RouteHandler } from "./types.ts";

export interface ProxyWorkerOptions {
  redis: RedisConnectionConfig;
  /** Route name → its handler; each route is read from its own stream `rr.<route>`. */
  routes: Record<string, RouteHandler>;
  /** Tied to the compute: ECS task id, host and pid. */
  consumer: string;
  /** The consumer group of every proxy worker (default `proxy`); ingress measures its backlog. */
  group?: string;
  /** Requests handled at once, per route (default 5): the runner's concurrency, one request per batch. */
  terminals?: number;
  /** A request its worker holds this long unanswered is taken over by another worker (default 5000 ms). */
  visibilityTimeoutMs?: number;
  /** Deliveries after which a request that keeps killing its workers is dead-lettered (default 3). */
  maxDeliveries?: number;
  /** How long one read waits for requests (default 2000 ms). */
  blockMs?: number;
  /** On stop, in-flight requests get this long before they are handed back (default 10000 ms). */
  shutdownTimeoutMs?: number;
  /** How often acknowledged requests are trimmed from the route streams (default 10000 ms; 0: never). */
  retentionIntervalMs?: number;
  /** EMF metrics period (default 60000 ms). */
  metricsIntervalMs?: number;
  reply?: ReplyWriterOptions;
  /** Log and metric lines, one JSON line per call (default stdout). */
  write?: (line: string) => void;
}

export interface ProxyWorker {
  consumer: string;
  routes: string[];
  /** Counters since start, over all routes. */
  stats: ProxyStats;
  /** Stops reading; in-flight requests finish or are handed back to other workers; connections close. */
  stop(): Promise<void>;
}

/** Proxy worker metric names (namespace Sluice, dimension `Route`). */
export const RequestMetric = {
  served: "RequestsServed",
  expired: "RequestsExpired",
  late: "RequestsLate",
  duplicates: "RepliesDuplicate",
  undeliverable: "RepliesUndeliverable",
  errors: "RouteErrors",
  duration: "RouteDurationMs",
} as const;

const DEFAULTS = {
  group: DEFAULT_GROUP,
  terminals: 5,
  visibilityTimeoutMs: 5000,
  maxDeliveries: 3,
  blockMs: 2000,
  shutdownTimeoutMs: 10_000,
  retentionIntervalMs: 10_000,
  metricsIntervalMs: 60_000,
};

const emptyStats = (): ProxyStats => ({
  served: 0,
  expired: 0,
  late: 0,
  duplicates: 0,
  undeliverable: 0,
  errors: 0,
});

/**
 * Starts a proxy worker: one consumer-group runner per route on the engine (`startConsumerHost`), `terminals`
 * requests at a time per route, each request answered at most once to its reply key before the deadline.
 */
export async function startProxyWorker(options: ProxyWorkerOptions): Promise<ProxyWorker> {
  const settings = resolveOptions(
    "proxy worker",
    DEFAULTS,
    options,
    ["redis", "routes", "consumer"],
    ["reply", "write"],
    ["retentionIntervalMs"],
  );
  const write = logWriter(options.write);
  const routes = Object.keys(options.routes);
  const streams = routes.map((route) => requestKeys(route).streamName);
  const stats = emptyStats();
  const perRoute = new Map(routes.map((route) => [route, { ...emptyStats(), durations: [] as number[] }]));
  const count = (route: string, event: ProxyEvent, durationMs?: number) => {
    stats[event] += 1;
    const figures = perRoute.get(route);
    if (!figures) return;
    figures[event] += 1;
    if (durationMs !== undefined && figures.durations.length < 100) figures.durations.push(durationMs);
  };
  const metrics = emfSink(write);
  const flush = () => {
    for (const [route, figures] of perRoute) {
      const data: MetricDatum[] = Object.entries(RequestMetric)
        .filter(([event]) => event !== "duration")
        .map(([event, name]) => ({ name, unit: "Count", value: figures[event as ProxyEvent] }));
      data.push({ name: RequestMetric.duration, unit: "Milliseconds", value: figures.durations.splice(0) });
      metrics.put({ Route: route }, data);
      Object.assign(figures, emptyStats());
    }
  };
  const connections = openConsumerConnections(
    { connectionName: `sluice:${options.consumer}`, ...options.redis },
    streams,
    write,
  );
  const handler = createRequestHandler({
    client: connections.client,
    routes: options.routes,
    count,
    log: (fields) => write(JSON.stringify({ consumer: options.consumer, ...fields })),
    ...(options.reply && { reply: options.reply }),
  });
  const runners = createRunners(connections, {
    streams,
    group: settings.group,
    consumer: options.consumer,
    handler,
    write,
    settings: {
      batchSize: 1,
      concurrency: settings.terminals,
      visibilityTimeoutMs: settings.visibilityTimeoutMs,
      maxDeliveries: settings.maxDeliveries,
      blockMs: settings.blockMs,
      shutdownTimeoutMs: settings.shutdownTimeoutMs,
      metricsIntervalMs: settings.metricsIntervalMs,
    },
  });
  const timer = setInterval(flush, settings.metricsIntervalMs).unref();
  let stopRetention = () => {};
  const stop = async () => {
    clearInterval(timer);
    stopRetention();
    await Promise.allSettled(runners.map((runner) => runner.stop()));
    connections.close();
    flush();
  };
  await Promise.all(runners.map((runner) => runner.start())).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  // Trims acknowledged requests, after the groups exist (a stream without groups protects nothing).
  if (settings.retentionIntervalMs > 0) {
    stopRetention = scheduleRetention(
      connections.client,
      streams,
      { intervalMs: settings.retentionIntervalMs },
      write,
      (error, stream) =>
        write(JSON.stringify({ level: "error", msg: "retention failed", stream, error: String(error) })),
    );
  }
  return {
    consumer: options.consumer,
    routes,
    stats,
    stop,
  };
}
