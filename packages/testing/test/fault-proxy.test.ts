// The fault proxy between clients and a Redis node: re-pointing (a DNS flip), latency, a black hole (partition) and
// drops (resets), each checked on open and new connections with plain sockets speaking RESP.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultProxy, faultProxy, type RedisServer, startRedis } from "../src/index.ts";
import { eventually, type RawConnection, rawConnection } from "./helpers.ts";

const SILENCE_MS = 300; // how long "nothing arrives" is watched; a slower machine only makes it easier to pass

let first: RedisServer;
let second: RedisServer;

beforeAll(async () => {
  [first, second] = await Promise.all([startRedis(), startRedis()]);
  await first.cli("set", "who", "first");
  await second.cli("set", "who", "second");
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

async function reply(connection: RawConnection, command: string, expected: string): Promise<void> {
  const before = connection.received().length;
  connection.send(`${command}\r\n`);
  await eventually(
    () => connection.received().slice(before) === expected,
    `${expected.trim()} for ${command}`,
  );
}

/** Connects through the proxy and resolves with how the connection ended: its events, or the connect error. */
async function connectionEnd(proxy: FaultProxy): Promise<string[]> {
  try {
    const connection = await rawConnection(proxy);
    await eventually(() => connection.events().includes("close"), "the connection to end");
    expect(connection.received()).toBe("");
    return connection.events();
  } catch (error) {
    return [`error:${(error as NodeJS.ErrnoException).code}`];
  }
}

const WHO_FIRST = "$5\r\nfirst\r\n";
const WHO_SECOND = "$6\r\nsecond\r\n";

describe("faultProxy", () => {
  it("re-points new connections and leaves open ones on the old node, or closes them with closeOpen", async () => {
    await using proxy = await faultProxy(first);
    expect(proxy.target).toEqual({ nodes: [{ host: "127.0.0.1", port: proxy.port }] });
    const before = await rawConnection(proxy);
    await reply(before, "GET who", WHO_FIRST);

    proxy.repoint(second);
    const after = await rawConnection(proxy);
    await reply(after, "GET who", WHO_SECOND);
    await reply(before, "GET who", WHO_FIRST);
    expect(proxy.connections()).toBe(2);

    proxy.repoint(first, { closeOpen: true });
    await eventually(() => before.events().includes("close") && after.events().includes("close"), "closes");
    await eventually(() => proxy.connections() === 0, "no open connections");
    await reply(await rawConnection(proxy), "GET who", WHO_FIRST);
  });

  it("adds latency each way to open and new connections, keeping the order", async () => {
    await using proxy = await faultProxy(first);
    const open = await rawConnection(proxy);
    proxy.latency(150);
    for (const connection of [open, await rawConnection(proxy)]) {
      const started = performance.now();
      await reply(connection, "PING", "+PONG\r\n");
      expect(performance.now() - started).toBeGreaterThanOrEqual(299); // 150 ms there, 150 ms back
    }
    const pipelined = Array.from({ length: 50 }, (_, i) => `ECHO ${i}\r\n`).join("");
    const expected = Array.from({ length: 50 }, (_, i) => `$${String(i).length}\r\n${i}\r\n`).join("");
    await reply(open, pipelined.trimEnd(), expected);
    expect(() => proxy.latency(-1)).toThrow(TypeError);
  });

  it("black-holes open and new connections without an error or a close, and delivers everything on heal()", async () => {
    await using proxy = await faultProxy(first);
    const open = await rawConnection(proxy);
    await reply(open, "PING", "+PONG\r\n");

    proxy.blackhole();
    const opened = await rawConnection(proxy); // the handshake with the proxy completes
    open.send("ECHO open\r\n");
    opened.send("ECHO new\r\n");
    await sleep(SILENCE_MS);
    expect([open.received(), opened.received()]).toEqual(["+PONG\r\n", ""]);
    expect([...open.events(), ...opened.events()]).toEqual([]);

    proxy.heal();
    await eventually(
      () => open.received() === "+PONG\r\n$4\r\nopen\r\n",
      "the held reply on the open connection",
    );
    await eventually(() => opened.received() === "$3\r\nnew\r\n", "the held reply on the new connection");
  });

  it("black-holes only the open connections with openOnly (a half-open connection)", async () => {
    await using proxy = await faultProxy(first);
    const open = await rawConnection(proxy);
    await reply(open, "PING", "+PONG\r\n"); // the proxy has accepted it: it is one of the open connections
    proxy.blackhole({ openOnly: true });
    open.send("ECHO held\r\n");
    await reply(await rawConnection(proxy), "PING", "+PONG\r\n");
    expect(open.received()).toBe("+PONG\r\n");
  });

  it("drops: resets open connections and new ones until heal()", async () => {
    await using proxy = await faultProxy(first);
    const open = await rawConnection(proxy);
    await reply(open, "PING", "+PONG\r\n");

    proxy.drop();
    await eventually(() => open.events().includes("error:ECONNRESET"), "a reset of the open connection");
    expect(await connectionEnd(proxy)).toContain("error:ECONNRESET");
    await eventually(() => proxy.connections() === 0, "no open connections");

    proxy.heal();
    await reply(await rawConnection(proxy), "PING", "+PONG\r\n");
  });

  it("resets a client whose upstream is gone, and rejects a bad upstream", async () => {
    const gone = await startRedis();
    await using proxy = await faultProxy(gone);
    await gone.stop();
    expect(await connectionEnd(proxy)).toContain("error:ECONNRESET");
    expect(() => proxy.repoint({ host: "127.0.0.1", port: 0 })).toThrow(/upstream must be/);
    await expect(faultProxy({ port: 6379 } as never)).rejects.toThrow(TypeError);
  });
});
