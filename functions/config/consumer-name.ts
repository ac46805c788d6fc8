// The name a long-running process reads its consumer groups under (the Consumer, FramePipeline and Proxy services,
// npm start), so that XINFO CONSUMERS says which compute holds which entries. (Lambda uses `lambda-<request id>`.)
import { hostname } from "node:os";
import { type Environment, text } from "./env.ts";

/**
 * On ECS, the last path segment of ECS_CONTAINER_METADATA_URI_V4 (on Fargate
 * `http://169.254.170.2/v4/<task id>-<container number>`), so XINFO CONSUMERS names the task; elsewhere host and pid.
 */
export function resolveConsumerName(env: Environment = process.env): string {
  const segment = text(env, "ECS_CONTAINER_METADATA_URI_V4")?.replace(/\/+$/, "").split("/").at(-1);
  const name = segment ? `ecs-${segment}` : `${hostname()}-${process.pid}`;
  return name
    .replace(/[^A-Za-z0-9._:@/-]/g, "-")
    .replace(/^[^A-Za-z0-9]/, "c")
    .slice(0, 200);
}
