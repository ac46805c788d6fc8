import { randomBytes } from "node:crypto";
import { startRedisCluster } from "./redis-cluster.ts";
import { startRedis } from "./redis-server.ts";
import type { StartedTarget, TargetKind } from "./types.ts";

/** Every kind, for running one suite over all of them: `describe.each(targetKinds)(...)`. */
export const targetKinds: readonly TargetKind[] = ["standalone", "cluster", "tls-auth"];

/** Starts Redis of the given kind; "tls-auth" is a standalone server with TLS and an ACL user with a password. */
export function startTarget(kind: TargetKind): Promise<StartedTarget> {
  switch (kind) {
    case "standalone":
      return startRedis();
    case "cluster":
      return startRedisCluster();
    case "tls-auth":
      return startRedis({ tls: true, user: { name: "sluice", password: randomBytes(16).toString("hex") } });
    default:
      throw new TypeError(`startTarget: unknown kind ${String(kind)}; known: ${targetKinds.join(", ")}`);
  }
}
