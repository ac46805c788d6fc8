// Retention of a big backlog in bounded steps: no script long enough to block Redis, no reply big enough to swell it.
import { readFile } from "node:fs/promises";
import { applyRetention, streamKeys } from "@sluice/streams";
import { uniqueStream, useRedisServer } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const server = useRedisServer();

/** Appends `count` entries of about 100 bytes, 10,000 per pipeline. */
async function fill(key: string, count: number): Promise<void> {
  const data = JSON.stringify({ text: "x".repeat(80) });
  for (let done = 0; done < count; done += 10_000) {
    const batch = server.client.pipeline();
    for (let n = done; n < Math.min(count, done + 10_000); n += 1) batch.xadd(key, "*", "t", "t", "d", data);
    await batch.exec();
  }
}

/** A new stream of `count` such entries with a group "g" that has read none of them. */
async function backlog(count: number) {
  const stream = uniqueStream();
  const key = streamKeys(stream).stream;
  await server.client.xgroup("CREATE", key, "g", "0", "MKSTREAM");
  await fill(key, count);
  return { stream, key };
}

const info = async (section: string, field: string) =>
  Number(new RegExp(`^${field}:(\\d+)`, "m").exec(await server.client.info(section))?.[1]);

/**
 * How long the redis-server process has waited for a CPU, ms (/proc/<pid>/schedstat; 0 where there is none). On a
 * shared machine a step of 0.3 ms can wait 10 ms for a CPU: SLOWLOG counts that wait as the command's time.
 */
async function cpuWaitMs(): Promise<number> {
  const stat = await readFile(`/proc/${await info("server", "process_id")}/schedstat`, "utf8").catch(
    () => "0 0",
  );
  return Number(stat.split(" ")[1]) / 1e6;
}

/**
 * Runs `trim` with SLOWLOG catching every command over 10 ms. Returns how far those went over 10 ms in all, ms,
 * less the time Redis waited for a CPU meanwhile (what is left is the commands' own doing), those commands, and
 * how far used_memory_peak rose above the used_memory before (CONFIG RESETSTAT does not reset the peak in 7.0).
 */
async function watched(trim: () => Promise<unknown>) {
  await server.client.config("SET", "slowlog-log-slower-than", "10000");
  await server.client.slowlog("RESET");
  const used = await info("memory", "used_memory");
  const waited = await cpuWaitMs();
  await trim();
  const waitedMs = (await cpuWaitMs()) - waited;
  const peakRise = (await info("memory", "used_memory_peak")) / used - 1;
  const slow = ((await server.client.slowlog("GET", 100)) as [number, number, number, string[]][]).map(
    ([, , micros, [command]]) => ({ command, micros }),
  );
  const overMs = slow.reduce((sum, { micros }) => sum + (micros - 10_000) / 1000, 0) - waitedMs;
  return { overMs, slow: JSON.stringify(slow), peakRise };
}

it("drops 1,000,000 unconsumed entries with no script over 10 ms and used_memory_peak up < 10%", async () => {
  const { stream, key } = await backlog(1_000_000);
  let result: unknown;
  const { overMs, slow, peakRise } = await watched(async () => {
    result = await applyRetention(server.client, stream, { maxLength: 1000, onUnconsumed: "drop" });
  });
  expect(result).toMatchObject({ trimmed: 0, dropped: 999_000, overCapEntries: 0 });
  expect(await server.client.xlen(key)).toBe(1000);
  expect(overMs, slow).toBeLessThanOrEqual(0);
  expect(peakRise).toBeLessThan(0.1);
}, 120_000);

it("protect mode trims 200,000 acknowledged entries in steps and keeps the 50,000 undelivered over its cap", async () => {
  const { stream, key } = await backlog(200_000);
  await server.client.xgroup("SETID", key, "g", "$");
  await fill(key, 50_000);
  let result: unknown;
  const { overMs, slow } = await watched(async () => {
    result = await applyRetention(server.client, stream, { maxLength: 1000 });
  });
  expect(result).toMatchObject({ trimmed: 200_000, dropped: 0, overCapEntries: 49_000 });
  expect(await server.client.xlen(key)).toBe(50_000);
  expect(overMs, slow).toBeLessThanOrEqual(0);
}, 60_000);

it("drop mode counts exactly the delivered entries still pending, a few hundred per step", async () => {
  const { stream, key } = await backlog(5000);
  const [[, entries]] = (await server.client.xreadgroup(
    "GROUP",
    "g",
    "c",
    "COUNT",
    5000,
    "STREAMS",
    key,
    ">",
  )) as [[string, [string, string[]][]]];
  await server.client.xack(key, "g", ...entries.filter((_, n) => n % 2 === 0).map(([id]) => id));
  // Entry 0 is acknowledged and below the safe point (entry 1, pending): it goes first. Then the cap cuts up to
  // entry 3999, 200 entries a step, counting the odd ones as dropped. That leaves entry 4000, acknowledged, below
  // the new safe point (4001): it goes too.
  expect(
    await applyRetention(server.client, stream, { maxLength: 1000, onUnconsumed: "drop" }),
  ).toMatchObject({
    trimmed: 2001,
    dropped: 2000,
    overCapEntries: 0,
  });
  expect(await server.client.xlen(key)).toBe(999);
  expect(((await server.client.xpending(key, "g")) as [number])[0]).toBe(500);
});
