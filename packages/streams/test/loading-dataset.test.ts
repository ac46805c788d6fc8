// A server loading its dataset after a restart answers LOADING for seconds. Sends meanwhile, on a connection that
// was open before the restart and on one opened during loading, either wait and succeed within their deadline or
// fail unavailable within the command timeout + 1 s: never a raw error. Once loaded, sends work and the data is back.
// Loading is slowed on purpose (redis-server's key-load-delay, 1 ms per key) and made to answer between keys
// (loading-process-events-interval-bytes), so it lasts ~6 s whatever the machine's speed.
import { createRedisClient, Producer, type RedisClient, UnavailableError } from "@sluice/streams";
import { type RedisServer, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { type Settled, settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 1000;
/** ~6 s of loading: restart() waits at most 10 s for the server to answer PING. */
const KEYS = 6000;
const LOADING_ARGS = ["--key-load-delay", "1000", "--loading-process-events-interval-bytes", "1024"];

const isLoading = async (redis: RedisServer) =>
  (await redis.cli("info", "persistence").catch(() => "")).includes("loading:1");

it("LOADING after a restart: sends wait and succeed or fail unavailable within timeout + 1 s, never a raw error", async () => {
  await using redis = await startRedis({ args: LOADING_ARGS });
  const config = { ...redis.target, commandTimeoutMs: COMMAND_TIMEOUT_MS };
  const opened: RedisClient[] = [createRedisClient(config).on("error", () => {})];
  try {
    const [client] = opened as [RedisClient];
    const stream = "loading";
    const send = (producer: Producer) => settleTimed(producer.send(stream, { type: "t", data: "{}" }));
    const stored = await send(new Producer(client));
    await client.mset(Array.from({ length: KEYS }, (_, n) => [`key-${n}`, "v".repeat(100)]).flat());
    await redis.cli("save");

    const restarted = redis.restart();
    await waitFor(() => isLoading(redis), { timeoutMs: 30_000, what: "the restarted server to be loading" });
    const fresh = createRedisClient(config).on("error", () => {});
    opened.push(fresh);
    // Waves of sends on both connections until loading ends; at least one falls wholly within it.
    const sends: Settled<string>[] = [];
    let wavesWhileLoading = 0;
    while (await isLoading(redis)) {
      const producers = [new Producer(client), new Producer(fresh)];
      sends.push(...(await Promise.all(producers.flatMap((p) => Array.from({ length: 5 }, () => send(p))))));
      if (await isLoading(redis)) wavesWhileLoading += 1;
    }
    expect(wavesWhileLoading).toBeGreaterThan(0);
    for (const { value, error, elapsedMs } of sends) {
      if (value === undefined) expect(error).toBeInstanceOf(UnavailableError);
      expect(elapsedMs).toBeLessThan(COMMAND_TIMEOUT_MS + 1000);
    }
    const causes = new Set(
      sends.map(({ error }) => String((error as Error | undefined)?.cause).slice(0, 60)),
    );
    console.log(
      `figures: ${JSON.stringify({ sends: sends.length, wavesWhileLoading, causes: [...causes] })}`,
    );

    await restarted;
    for (const producer of [new Producer(client), new Producer(fresh)]) {
      await waitFor(async () => (await send(producer)).value !== undefined, {
        what: "a send succeeding once loaded",
      });
    }
    expect(Number(await redis.cli("dbsize"))).toBe(KEYS + 1);
    expect(await redis.cli("xrange", `sluice:{${stream}}`, stored.value ?? "", stored.value ?? "")).not.toBe(
      "",
    );
  } finally {
    for (const client of opened) client.disconnect();
  }
});
