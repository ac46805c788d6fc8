// `sst dev`'s local Redis (scripts/dev-redis.sh, the dev command "Redis server" of infra/redis.ts): it starts a
// redis-server on the linked port configured as ElastiCache is (noeviction, no RDB), keeping an AOF per port under
// .sst/dev-redis, or leaves a Redis already listening there alone.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRedisClient } from "@sluice/streams";
import { freePort, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcess[] = [];

/** Runs the script on `port`; resolves with the process and a reader of what it printed so far. */
function devRedis(port: number) {
  const child = spawn("sh", ["scripts/dev-redis.sh", String(port)], { cwd: ROOT, detached: true });
  children.push(child);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, "SIGTERM");
      await once(child, "exit");
    }
  }
});

describe("sst dev's local Redis", () => {
  it("starts a redis-server on the port, with noeviction and an AOF under .sst/dev-redis/<port>", async () => {
    const port = await freePort();
    const { output } = devRedis(port);
    const client = createRedisClient({ mode: "standalone", nodes: [{ host: "127.0.0.1", port }] });
    client.on("error", () => {});
    try {
      await waitFor(async () => (await client.ping().catch(() => "")) === "PONG", { what: "the dev Redis" });
      expect(await client.call("CONFIG", "GET", "maxmemory-policy")).toEqual([
        "maxmemory-policy",
        "noeviction",
      ]);
      expect(await client.call("CONFIG", "GET", "appendonly")).toEqual(["appendonly", "yes"]);
      expect(await client.call("CONFIG", "GET", "dir")).toEqual([
        "dir",
        join(ROOT, ".sst/dev-redis", String(port)),
      ]);
      expect(output()).toContain(`starting redis-server on 127.0.0.1:${port}`);
    } finally {
      client.disconnect();
      await rm(join(ROOT, ".sst/dev-redis", String(port)), { recursive: true, force: true });
    }
  });

  it("uses a Redis already listening on the port and starts none", async () => {
    const server = await startRedis();
    try {
      const { child, output } = devRedis(server.port);
      await waitFor(() => output().includes("already answers"), { what: "the script's message" });
      expect(output()).toContain(`a Redis already answers on 127.0.0.1:${server.port}; using it`);
      expect(child.exitCode).toBeNull();
    } finally {
      await server.stop();
    }
  });
});
