// Fargate main of the Gateway service: the gRPC API (sluice.streaming.v1.StreamingService, health, and reflection
// when SLUICE_GRPC_REFLECTION=on) on SLUICE_GRPC_PORT, every call authenticated against the token table and every
// operation authorized by the stream catalog (authorizeStream, the HTTP API's check), groups and consumers under the
// catalog's quotas, publishing with each stream's defaults from the stream table, publishes Redis refused counted as
// PublishFailures (EMF on stdout, or where npm start routes metrics), and on SIGTERM/SIGINT a graceful close (health
// NOT_SERVING, Subscribe streams end with UNAVAILABLE and their unacknowledged entries stay pending for redelivery,
// other calls get SLUICE_SHUTDOWN_TIMEOUT_MS to finish, connections close, exit 0).
import { readFileSync } from "node:fs";
import { type GroupLimits, type GrpcServer, startGrpcServer } from "@sluice/grpc";
import { emfSink } from "@sluice/observability";
import { type GrpcConfig, loadGrpcConfig } from "../config/grpc.ts";
import { describeRedis } from "../config/redis-url.ts";
import { streamEntry } from "../config/stream-table.ts";
import { isMain, mainLog, stopOnSignals } from "../shared/main-lifecycle.ts";
import { authorizeStream, producerPolicy } from "../shared/stream-access.ts";

/** A stream's group quotas and platform groups, from its catalog entry (none: nothing may be created on it). */
export function groupLimits(stream: string): GroupLimits {
  const entry = streamEntry(stream);
  return {
    maxGroups: entry?.maxGroups ?? 0,
    maxConsumersPerGroup: entry?.maxConsumersPerGroup ?? 0,
    platformGroups: entry?.groups ?? [],
  };
}

/** Starts the gateway for a configuration; `log` takes JSON log lines (default stdout). */
export function runGateway(config: GrpcConfig, log?: (line: string) => void): Promise<GrpcServer> {
  const { tls, tokens } = config;
  return startGrpcServer({
    redis: config.redis,
    host: config.host,
    port: config.port,
    ...(tokens ? { tokens } : { allowUnauthenticated: config.allowUnauthenticated }),
    authorize: authorizeStream,
    groupLimits,
    reflection: config.reflection,
    visibilityTimeoutMs: config.visibilityTimeoutMs,
    maxSubscriptions: config.maxSubscriptions,
    maxSubscriptionsPerCaller: config.maxSubscriptionsPerCaller,
    maxReaderConnections: config.maxReaderConnections,
    metrics: emfSink(),
    settingsFor: producerPolicy,
    ...(tls && { tls: { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) } }),
    ...(log && { log }),
  });
}

if (isMain(import.meta)) {
  const config = loadGrpcConfig();
  const server = await runGateway(config);
  const log = mainLog();
  const { redis, tokens, ...settings } = config;
  log("gateway started", {
    ...settings,
    port: server.port,
    // How many callers the token table names (a field named like a secret would be redacted from the line).
    callers: tokens?.size ?? "none: unauthenticated (SLUICE_GRPC_ALLOW_UNAUTHENTICATED)",
    redis: describeRedis(redis),
  });
  stopOnSignals("gateway", log, async () => {
    const subscriptions = server.activeSubscriptions;
    await server.close(config.shutdownTimeoutMs);
    return { subscriptionsEnded: subscriptions };
  });
}
