// The standard grpc.health.v1.Health service: SERVING while Redis answers PING, NOT_SERVING when it does not or when
// the server is closing, for clients and probes that read the status (an ALB judges only the gRPC status code).
import type { Server } from "@grpc/grpc-js";
import type { RedisClient } from "@sluice/streams";
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

async function redisAnswers(client: RedisClient, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([client.ping().then((reply) => reply === "PONG"), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Adds the health service to `server` and polls Redis every `intervalMs`; resolves after the first poll. */
export async function monitorHealth(
  server: Server,
  client: RedisClient,
  { intervalMs, log }: { intervalMs: number; log: LogWriter },
): Promise<HealthMonitor> {
  const health = new HealthImplementation();
  let status: ServingStatus = "UNKNOWN";
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const set = (next: ServingStatus) => {
    if (next === status) return;
    log(JSON.stringify({ level: next === "SERVING" ? "info" : "warn", msg: "grpc health", status: next }));
    status = next;
    for (const service of SERVICES) health.setStatus(service, next);
  };
  const poll = async () => {
    const up = await redisAnswers(client, Math.min(intervalMs, 2000));
    if (stopped) return;
    set(up ? "SERVING" : "NOT_SERVING");
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
