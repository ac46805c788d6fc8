// The handlers' lazy clients (functions/shared/lazy-clients.ts): opened on first use and reused, all closed by one
// disconnect (newest first), opened again after it; an opening that fails is not kept.
import { afterEach, describe, expect, it } from "vitest";
import { disconnect, lazyClient } from "../functions/shared/lazy-clients.ts";

/** A getter of numbered fake clients, recording opens and closes in `events`. */
function fakeClient(name: string, events: string[]) {
  let opened = 0;
  return lazyClient(
    (target: string) => {
      opened += 1;
      events.push(`open ${name}${opened} ${target}`);
      return { id: `${name}${opened}` };
    },
    (client) => {
      events.push(`close ${client.id}`);
    },
  );
}

afterEach(() => disconnect());

describe("lazy clients", () => {
  it("opens a client on first use and returns the same one after, whatever the later arguments", () => {
    const events: string[] = [];
    const redis = fakeClient("redis", events);
    expect(events).toEqual([]);
    const first = redis("a");
    expect(redis("b")).toBe(first);
    expect(events).toEqual(["open redis1 a"]);
  });

  it("closes every client opened, newest first, with one disconnect, and reopens each on its next use", async () => {
    const events: string[] = [];
    const redis = fakeClient("redis", events);
    const s3 = fakeClient("s3", events);
    fakeClient("never used", events); // neither opened nor closed
    redis("a");
    s3("b");
    await disconnect();
    expect(events).toEqual(["open redis1 a", "open s31 b", "close s31", "close redis1"]);
    expect(redis("c").id).toBe("redis2");
    await disconnect();
    await disconnect();
    expect(events.slice(4)).toEqual(["open redis2 c", "close redis2"]);
  });

  it("keeps no client whose opening throws or rejects: the next use tries again", async () => {
    let attempts = 0;
    const closed: string[] = [];
    const flaky = lazyClient(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("Redis is down");
        return `client${attempts}`;
      },
      (client) => void closed.push(client),
    );
    await expect(flaky()).rejects.toThrow("Redis is down");
    await expect(flaky()).resolves.toBe("client2");
    const throwing = lazyClient(
      () => {
        throw new Error("misconfigured");
      },
      () => undefined,
    );
    expect(() => throwing()).toThrow("misconfigured");
    await disconnect();
    expect(closed).toEqual(["client2"]);
  });

  it("waits for a client still opening before closing it", async () => {
    const closed: string[] = [];
    let finish = (_client: string) => {};
    const slow = lazyClient(
      () => new Promise<string>((resolve) => (finish = resolve)),
      (client) => void closed.push(client),
    );
    const opening = slow();
    const disconnecting = disconnect();
    finish("reader");
    await Promise.all([opening, disconnecting]);
    expect(closed).toEqual(["reader"]);
  });
});
