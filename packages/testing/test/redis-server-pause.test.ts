// pause() freezes a server as a hung node does (SIGSTOP): connections stay open, nothing is answered until
// resume(); stop(), kill() and restart() still work on a paused server.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { startRedis } from "../src/index.ts";
import { eventually, exists, isProcessAlive, rawConnection, serverPid } from "./helpers.ts";

async function processState(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  return stat[stat.lastIndexOf(")") + 2];
}

describe("pause and resume", () => {
  it("holds a command sent while paused and answers it after resume()", async () => {
    await using server = await startRedis();
    expect(server.pid).toBe(await serverPid(server));
    const connection = await rawConnection(server);

    await server.pause();
    expect(server.isPaused()).toBe(true);
    expect(await processState(server.pid ?? 0)).toBe("T");
    connection.send("PING\r\n");
    await sleep(300); // a frozen server answers nothing, however long one waits
    expect(connection.received()).toBe("");
    expect(connection.events()).toEqual([]);

    await server.resume();
    expect(server.isPaused()).toBe(false);
    await eventually(() => connection.received() === "+PONG\r\n", "the PONG after resume");
    connection.destroy();
  });

  it("stops, kills and restarts a paused server", async () => {
    const stopped = await startRedis();
    const stoppedPid = stopped.pid ?? 0;
    await stopped.pause();
    await stopped.stop();
    expect(isProcessAlive(stoppedPid)).toBe(false);
    expect(await exists(stopped.dir)).toBe(false);

    await using killed = await startRedis();
    await killed.pause();
    await killed.kill();
    expect(killed.isRunning()).toBe(false);
    expect(killed.isPaused()).toBe(false);

    await using restarted = await startRedis();
    const oldPid = restarted.pid;
    await restarted.pause();
    await restarted.restart();
    // A graceful shutdown, not the SIGKILL that follows a SIGTERM left pending in a stopped process.
    expect(await readFile(join(restarted.dir, "redis.log"), "utf8")).toMatch(
      /Received SIGTERM[\s\S]*bye bye/,
    );
    expect(restarted.pid).not.toBe(oldPid);
    expect(restarted.isPaused()).toBe(false);
    expect(await restarted.cli("ping")).toBe("PONG");
  });

  it("refuses to pause a server that does not run", async () => {
    await using server = await startRedis();
    await server.kill();
    await expect(server.pause()).rejects.toThrow(/is not running/);
  });
});
