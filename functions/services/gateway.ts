// Fargate main of the Gateway service: the gRPC API (sluice.streaming.v1.StreamingService, health, reflection) on
// SLUICE_GRPC_PORT, publishing with each stream's defaults from the stream table, publishes Redis refused counted as
// PublishFailures (EMF on stdout, or where npm start routes metrics), and on SIGTERM/SIGINT a graceful close (health
// NOT_SERVING, Subscribe streams end with UNAVAILABLE and their unacknowledged entries stay pending for redelivery,
// other calls get SLUICE_SHUTDOWN_TIMEOUT_MS to finish, connections close, exit 0).
import { readFileSync } from "node:fs";
import { type GrpcServer, startGrpcServer } from "@sluice/grpc";
import { emfSink } from "@sluice/observability";
import { type GrpcConfig, loadGrpcConfig } from "../config/grpc.ts";
import { describeRedis } from "../config/redis-url.ts";
import { isMain, mainLog, stopOnSignals } from "../shared/main-lifecycle.ts";
import { producerPolicy } from "../shared/stream-access.ts";

/** Starts the gateway for a configuration; `log` takes JSON log lines (default stdout). */
export function runGateway(config: GrpcConfig, log?: (line: string) => void): Promise<GrpcServer> {
  const { tls } = config;
  return startGrpcServer({
    redis: config.redis,
    host: config.host,
    port: config.port,
    tokens: config.tokens,
    visibilityTimeoutMs: config.visibilityTimeoutMs,
    maxSubscriptions: config.maxSubscriptions,
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
    tokens: tokens.length,
    redis: describeRedis(redis),
  });
  stopOnSignals("gateway", log, async () => {
    const subscriptions = server.activeSubscriptions;
    await server.close(config.shutdownTimeoutMs);
    return { subscriptionsEnded: subscriptions };
  });
}
