import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { startRedis } from "../src/index.ts";
import { exists, isProcessAlive, pingThroughTarget, serverPid } from "./helpers.ts";

describe("startRedis", () => {
  it("starts a server that answers, and stop() ends the process and removes its dir", async () => {
    const server = await startRedis();
    const pid = await serverPid(server);
    expect(await server.cli("ping")).toBe("PONG");
    expect(server.target).toEqual({ mode: "standalone", nodes: [{ host: "127.0.0.1", port: server.port }] });
    expect(await server.cli("config", "get", "save")).toBe("save");
    expect(await server.cli("config", "get", "appendonly")).toBe("appendonly\nno");

    await server.stop();

    expect(server.isRunning()).toBe(false);
    expect(isProcessAlive(pid)).toBe(false);
    expect(await exists(server.dir)).toBe(false);
    await expect(server.restart()).rejects.toThrow(/was stopped/);
  });

  it("stops the server at the end of an `await using` block", async () => {
    let dir: string;
    {
      await using server = await startRedis();
      dir = server.dir;
    }
    expect(await exists(dir)).toBe(false);
  });

  it("keeps data written over a second before a SIGKILL when aof is everysec", async () => {
    await using server = await startRedis({ aof: "everysec" });
    await server.cli("set", "survivor", "yes");
    await sleep(1_100);

    await server.kill();
    expect(server.isRunning()).toBe(false);
    await server.restart();

    expect(await server.cli("get", "survivor")).toBe("yes");
  });

  it("loses everything on kill + restart without aof", async () => {
    await using server = await startRedis();
    await server.cli("set", "ephemeral", "yes");
    await server.kill();
    await server.restart();
    expect(await server.cli("exists", "ephemeral")).toBe("0");
  });

  it("serves TLS only, to the ACL user only", async () => {
    const user = { name: "sluice", password: "s3cret" };
    await using server = await startRedis({ tls: true, user });

    expect(await server.cli("acl", "whoami")).toBe("sluice");
    expect(server.target).toMatchObject({ username: "sluice", password: "s3cret" });
    expect(server.target.tls?.ca).toContain("BEGIN CERTIFICATE");
    expect(await pingThroughTarget(server.target)).toEqual(["+OK", "+PONG"]);
    expect(await pingThroughTarget({ ...server.target, username: undefined, password: undefined })).toEqual([
      "-NOAUTH Authentication required.",
    ]);
    await expect(pingThroughTarget({ ...server.target, tls: undefined })).rejects.toThrow();
  });

  it("requires the password of the default user", async () => {
    await using server = await startRedis({ password: "pw" });
    expect(server.target.password).toBe("pw");
    expect(await pingThroughTarget(server.target)).toEqual(["+OK", "+PONG"]);
    expect(await pingThroughTarget({ ...server.target, password: undefined })).toEqual([
      "-NOAUTH Authentication required.",
    ]);
  });

  it("rejects writes with OOM beyond maxmemory under noeviction", async () => {
    await using server = await startRedis({ maxmemory: "8mb", maxmemoryPolicy: "noeviction" });
    // The limit is checked before a command runs: this 16 MB write passes, the next one fails.
    await server.cli("setrange", "big", String(16 * 1024 * 1024), "x");
    await expect(server.cli("setrange", "bigger", String(1024 * 1024), "x")).rejects.toThrow(
      /OOM command not allowed/,
    );
  });

  it("reports a server that cannot start with the tail of its log", async () => {
    await expect(startRedis({ args: ["--no-such-directive", "1"] })).rejects.toThrow(
      /failed to start: redis-server exited with code 1[\s\S]*Bad directive/,
    );
  });

  it("rejects unknown and contradictory options", async () => {
    await expect(startRedis({ maxmemroy: "1mb" } as never)).rejects.toThrow(/unknown option maxmemroy/);
    await expect(startRedis({ password: "a", user: { name: "b", password: "c" } })).rejects.toThrow(
      /not both/,
    );
  });
});
