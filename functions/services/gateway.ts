// Fargate main of the Gateway service: the gRPC API (sluice.streaming.v1.StreamingService, health, reflection) on
// SLUICE_GRPC_PORT, and on SIGTERM/SIGINT a graceful close (health NOT_SERVING, Subscribe streams end with
// UNAVAILABLE and their unacknowledged entries stay pending for redelivery, other calls get
// SLUICE_SHUTDOWN_TIMEOUT_MS to finish, connections close, exit 0).
import { readFileSync } from "node:fs";
import { type GrpcServer, startGrpcServer } from "@sluice/grpc";
import { describeRedis, type GrpcConfig, loadGrpcConfig } from "../runtime-config.ts";

/** Starts the gateway for a configuration; `log` takes JSON log lines (default stdout). */
export function runGateway(config: GrpcConfig, log?: (line: string) => void): Promise<GrpcServer> {
  const { tls } = config;
  return startGrpcServer({
    redis: config.redis,
    host: config.host,
    port: config.port,
    tokens: config.tokens,
    visibilityTimeoutMs: config.visibilityTimeoutMs,
    ...(tls && { tls: { cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) } }),
    ...(log && { log }),
  });
}

if (import.meta.main) {
  const config = loadGrpcConfig();
  const server = await runGateway(config);
  const log = (msg: string, fields: object) => console.log(JSON.stringify({ level: "info", msg, ...fields }));
  const { redis, tokens, ...settings } = config;
  log("gateway started", {
    ...settings,
    port: server.port,
    tokens: tokens.length,
    redis: describeRedis(redis),
  });
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    log("gateway stopping", { signal, already: stopping, subscriptions: server.activeSubscriptions });
    if (stopping) return;
    stopping = true;
    await server.close(config.shutdownTimeoutMs);
    log("gateway stopped", {});
    process.exit(0);
  };
  process.on("SIGTERM", shutdown).on("SIGINT", shutdown);
}
