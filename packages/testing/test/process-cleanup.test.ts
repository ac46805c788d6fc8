import { spawn } from "node:child_process";
import { once } from "node:events";
import { rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exists, isProcessAlive } from "./helpers.ts";

const fixture = fileURLToPath(new URL("./fixtures/start-and-wait.ts", import.meta.url));

/** Runs the fixture in its own Node process and resolves once its Redis server runs. */
async function startParentWithRedis(...args: string[]) {
  const parent = spawn(process.execPath, [fixture, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const [line] = await once(createInterface({ input: parent.stdout }), "line");
  const redis: { pid: number; dir: string } = JSON.parse(line);
  expect(isProcessAlive(redis.pid)).toBe(true);
  return { parent, redis };
}

async function waitUntilGone(pid: number): Promise<void> {
  for (let attempt = 0; isProcessAlive(pid) && attempt < 100; attempt++) await sleep(20);
}

describe("when the test process ends", () => {
  it("kills its servers and removes their dirs on SIGTERM (how vitest ends workers)", async () => {
    const { parent, redis } = await startParentWithRedis();
    parent.kill("SIGTERM");
    const [, signal] = await once(parent, "exit");

    expect(signal).toBe("SIGTERM");
    await waitUntilGone(redis.pid);
    expect(isProcessAlive(redis.pid)).toBe(false);
    expect(await exists(redis.dir)).toBe(false);
  });

  it("kills a paused server (SIGSTOP) too on SIGTERM", async () => {
    const { parent, redis } = await startParentWithRedis("--paused");
    parent.kill("SIGTERM");
    await once(parent, "exit");

    await waitUntilGone(redis.pid);
    expect(isProcessAlive(redis.pid)).toBe(false);
    expect(await exists(redis.dir)).toBe(false);
  });

  it("kills its servers through the parent-death signal on SIGKILL", async () => {
    const { parent, redis } = await startParentWithRedis();
    parent.kill("SIGKILL");
    await once(parent, "exit");

    await waitUntilGone(redis.pid);
    expect(isProcessAlive(redis.pid)).toBe(false);
    await rm(redis.dir, { recursive: true, force: true }); // nothing runs in a SIGKILLed process to remove it
  });
});
