import { once } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { freePort } from "../src/index.ts";
import { launchRedis } from "../src/redis-server.ts";

async function listen(port: number) {
  const server = createServer().listen(port, "127.0.0.1");
  await once(server, "listening");
  return server;
}

describe("freePort", () => {
  it("returns a port that can be bound on 127.0.0.1", async () => {
    const server = await listen(await freePort());
    server.close();
  });

  it("lets a start retry on a new port when the chosen one was taken meanwhile", async () => {
    const taken = await listen(0);
    const takenPort = (taken.address() as { port: number }).port;
    const choices = [takenPort];
    await using server = await launchRedis({}, async () => choices.shift() ?? freePort());
    taken.close();

    expect(server.port).not.toBe(takenPort);
    expect(await server.cli("ping")).toBe("PONG");
  });
});
