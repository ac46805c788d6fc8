// The processes of the launched topology, one per cloud compute: the four Fargate mains as they are, the HTTP API (in
// the cloud, Lambda behind API Gateway) and the scheduled jobs (in the cloud, one Lambda per job on EventBridge
// Scheduler) through the launcher's own mains. Each is ready once it logs its start line (`{"msg":"<ready>"}` on
// stdout), the line each main writes when it serves.

import { SERVICE_NODE_OPTIONS } from "../../functions/config/service-node-options.ts";
import { JOBS } from "../../functions/jobs/job-table.ts";

export type ServiceName = "api" | "gateway" | "consumer" | "proxy" | "frames" | "jobs";

export interface ServiceDefinition {
  /** The entry module, a main guarded by isMain(import.meta). */
  module: URL;
  /** The `msg` of the JSON line the main logs once it serves. */
  ready: string;
  /** Node flags of its own, as its cloud compute has them (the launcher adds the probe's to every process). */
  nodeFlags: readonly string[];
}

const ROOT = new URL("../../", import.meta.url);

/** The Fargate mains' options; the api process, which stands for many Lambda instances, runs as one long-lived
 * service too. */
const service = SERVICE_NODE_OPTIONS.split(" ");

export const SERVICES: Readonly<Record<ServiceName, ServiceDefinition>> = {
  api: { module: new URL("scripts/launcher/api-main.ts", ROOT), ready: "api started", nodeFlags: service },
  gateway: {
    module: new URL("functions/services/gateway.ts", ROOT),
    ready: "gateway started",
    nodeFlags: service,
  },
  consumer: {
    module: new URL("functions/services/consumer.ts", ROOT),
    ready: "consumer started",
    nodeFlags: service,
  },
  proxy: { module: new URL("functions/services/proxy.ts", ROOT), ready: "proxy started", nodeFlags: service },
  frames: {
    module: new URL("functions/services/frames.ts", ROOT),
    ready: "frame pipeline started",
    nodeFlags: service,
  },
  // The lake writer's Lambda runs with these flags (job-table.ts); it is the one job whose heap they shape.
  jobs: {
    module: new URL("scripts/launcher/jobs-main.ts", ROOT),
    ready: "jobs started",
    nodeFlags: JOBS.lakeWriter.nodeOptions.split(" "),
  },
};

/** Every service, in the order the launcher starts and lists them. */
export const SERVICE_NAMES: readonly ServiceName[] = Object.freeze(Object.keys(SERVICES) as ServiceName[]);
