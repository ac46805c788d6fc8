// The standard grpc.health.v1.Health service: SERVING while Redis takes a write (checkReadiness of @sluice/streams, the
// probe HTTP /v1/health uses too), NOT_SERVING while it does not (read-only, unreachable, frozen) or when the server
// is closing, for clients and probes that read the status (an ALB judges only the gRPC status code). A fault shows
// within one interval plus the probe's timeout (defaults 2 s + 2 s).
import type { Server } from "@grpc/grpc-js";
import { checkReadiness, type RedisClient } from "@sluice/streams";
import { HealthImplementation, type ServingStatus } from "grpc-health-check";
import { SERVICE_NAME } from "./service-definition.ts";
import type { LogWriter } from "./status.ts";

/** The overall status ("") and the streaming service's. */
const SERVICES = ["", SERVICE_NAME];

export interface HealthMonitor {
  readonly status: ServingStatus;
  /** Stops polling and reports NOT_SERVING from now on. */
  stop(): void;
}

/** Adds the health service to `server` and probes Redis every `intervalMs`; resolves after the first probe. */
export async function monitorHealth(
  server: Server,
  client: RedisClient,
  { intervalMs, log }: { intervalMs: number; log: LogWriter },
): Promise<HealthMonitor> {
  const health = new HealthImplementation();
  let status: ServingStatus = "UNKNOWN";
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const set = (next: ServingStatus, reason?: string) => {
    if (next === status) return;
    const level = next === "SERVING" ? "info" : "warn";
    log(JSON.stringify({ level, msg: "grpc health", status: next, ...(reason && { reason }) }));
    status = next;
    for (const service of SERVICES) health.setStatus(service, next);
  };
  const poll = async () => {
    const readiness = await checkReadiness(client, { timeoutMs: Math.min(intervalMs, 2000) });
    if (stopped) return;
    if (readiness.ready) set("SERVING");
    else set("NOT_SERVING", readiness.reason);
    timer = setTimeout(poll, intervalMs);
  };
  health.addToServer(server);
  await poll();
  return {
    get status() {
      return status;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      set("NOT_SERVING");
    },
  };
}
