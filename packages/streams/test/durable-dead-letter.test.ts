// Durable dead-letter moves and redrive against a real primary with a replica: a move (XADD to the dead-letter
// stream + XACK, one script) followed by WAIT is on the replica when confirmed; with the replica frozen the moves
// are still made, reported `not_replicated` and counted within the WAIT's timeout, and the runner goes on; a
// durable redrive step no replica confirmed ends the redrive with what it moved.
import { emfSink } from "@sluice/observability";
import {
  createRedisClient,
  deadLetterAll,
  Producer,
  type RedisClient,
  redrive,
  streamKeys,
  UnavailableError,
} from "@sluice/streams";
import { whilePaused } from "@sluice/testing";
import { uniqueStream, useRedisReplicaSet, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { numberedEntries } from "./redis-with-producer.ts";
import { settleTimed } from "./settle-timed.ts";

/** Scheduling on a busy 2-core machine: what a WAIT may take beyond its timeout before the test calls it hung. */
const SLACK_MS = 1500;
const WAIT_MS = 300;

const redis = useRedisReplicaSet();
let onReplica: RedisClient;
let producer: Producer;

const replica = () => redis.set.servers[1] as NonNullable<(typeof redis.set.servers)[1]>;

beforeAll(() => {
  onReplica = createRedisClient(replica().target);
  onReplica.on("error", () => {});
  producer = new Producer(redis.client);
});

afterAll(() => onReplica?.disconnect());

/** Freezes the replica for the duration of `body`: its link stays up and it acknowledges nothing. */
const withReplicaPaused = <T>(body: () => Promise<T>): Promise<T> => whilePaused(replica(), body);

/** WAIT commands the primary has run (INFO commandstats). */
async function waitCalls(): Promise<number> {
  const stats = await redis.set.primary().cli("info", "commandstats");
  return Number(/cmdstat_wait:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

/** `count` entries pending for consumer `c` of group `g`; resolves to their ids. */
async function pendingEntries(stream: string, count: number): Promise<string[]> {
  const ids = (await producer.sendBatch(stream, numberedEntries(count))).map((r) => ("id" in r ? r.id : ""));
  const key = streamKeys(stream).stream;
  await redis.client.xgroup("CREATE", key, "g", "0");
  await redis.client.xreadgroup("GROUP", "g", "c", "COUNT", count, "STREAMS", key, ">");
  return ids;
}

const requestsFor = (stream: string, ids: string[]) =>
  ids.map((id) => ({ keys: streamKeys(stream), group: "g", consumer: "c", id, reason: "test" }));

describe("durable dead-letter moves", () => {
  it("a confirmed move is on the replica: in the dead-letter stream and no longer pending", async () => {
    const stream = uniqueStream();
    const ids = await pendingEntries(stream, 5);
    const moves = await deadLetterAll(redis.client, requestsFor(stream, ids), {
      replicas: 1,
      timeoutMs: 1000,
    });
    expect(moves.shortfall).toBeUndefined();
    expect(moves.ids.every((id) => typeof id === "string")).toBe(true);
    const keys = streamKeys(stream);
    expect(await onReplica.xlen(keys.dlq)).toBe(5);
    expect(await onReplica.xpending(keys.stream, "g")).toEqual([0, null, null, null]);
  });

  it("a frozen replica: the moves are made on the primary and the shortfall is reported within the WAIT's timeout", async () => {
    const stream = uniqueStream();
    const ids = await pendingEntries(stream, 3);
    const waitsBefore = await waitCalls();
    const moved = await withReplicaPaused(() =>
      settleTimed(deadLetterAll(redis.client, requestsFor(stream, ids), { replicas: 1, timeoutMs: WAIT_MS })),
    );
    expect(moved.elapsedMs).toBeLessThan(WAIT_MS + SLACK_MS);
    expect(moved.value?.shortfall).toMatch(/0 of 1 replicas acknowledged it within 300 ms/);
    expect(moved.value?.ids.filter((id) => id !== undefined)).toHaveLength(3);
    expect(await redis.client.xlen(streamKeys(stream).dlq)).toBe(3);
    expect((await waitCalls()) - waitsBefore).toBe(1); // one WAIT for the three moves
  });

  it("a durable runner with the replica frozen: reports and counts the unconfirmed moves, and goes on", async () => {
    const stream = uniqueStream();
    const errors: unknown[] = [];
    const lines: string[] = [];
    const handled = new Set<string>();
    await producer.sendBatch(stream, numberedEntries(1));
    const runner = redis.pool.runner({
      stream,
      group: "g",
      consumer: "c",
      durable: { timeoutMs: WAIT_MS },
      metrics: emfSink((line) => lines.push(line)),
      metricsIntervalMs: 100,
      errors,
      // Entries whose n is odd fail for good: dead-lettered at once.
      handler: (batch) => {
        for (const entry of batch) handled.add(entry.id);
        return {
          failures: batch
            .filter((entry) => JSON.parse(entry.data.toString()).n % 2 === 1)
            .map((entry) => ({ id: entry.id, error: "odd", permanent: true })),
        };
      },
    });
    await runner.start();
    await waitFor(() => handled.size === 1, { what: "the first entry handled" });
    const { published, reported } = await withReplicaPaused(async () => {
      await producer.sendBatch(stream, numberedEntries(6));
      const published = performance.now();
      await waitFor(() => errors.length > 0, { what: "the unconfirmed moves reported" });
      const reported = performance.now();
      // The runner goes on while the replica stays frozen: a later batch of successes is handled and acknowledged.
      const later = await producer.sendBatch(stream, [{ type: "t", data: '{"n":100}' }]);
      const laterId = (later[0] as { id: string }).id;
      await waitFor(() => handled.has(laterId), { what: "a later batch handled" });
      return { published, reported };
    });
    // From the publish: a read, the handler, the moves and one WAIT of 300 ms, not one per move.
    expect(reported - published).toBeLessThan(WAIT_MS + SLACK_MS);
    const [error] = errors as UnavailableError[];
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error?.code).toBe("streams.not_replicated");
    expect(error?.message).toMatch(
      /^3 dead-letter moves of stream .* \(group g\) were made: not yet replicated, 0 of 1 replicas/,
    );
    expect(error?.details?.deadLetterIds).toHaveLength(3);
    await waitFor(
      () =>
        lines
          .map((line) => JSON.parse(line))
          .some((record) => record.DeadLettersUnreplicated === 3 && record.EntriesDeadLettered === 3),
      { what: "DeadLettersUnreplicated 3 flushed" },
    );
    expect(await redis.client.xlen(streamKeys(stream).dlq)).toBe(3);
    await runner.stop();
  });

  it("bad durability options are refused with streams.invalid_option", () => {
    expect(() =>
      redis.pool.runner({
        stream: "x",
        group: "g",
        consumer: "c",
        handler: () => {},
        durable: { replicas: 0 },
      }),
    ).toThrow(expect.objectContaining({ code: "streams.invalid_option" }));
  });
});

describe("durable redrive", () => {
  it("moves every entry back confirmed; with the replica frozen it stops after the first step, saying what it moved", async () => {
    const stream = uniqueStream();
    const keys = streamKeys(stream);
    const ids = await pendingEntries(stream, 150);
    await deadLetterAll(redis.client, requestsFor(stream, ids));
    expect(await redrive(redis.client, stream, { durable: {}, limit: 20 })).toBe(20);
    expect(await onReplica.xlen(keys.dlq)).toBe(130);

    const frozen = await withReplicaPaused(() =>
      settleTimed(redrive(redis.client, stream, { durable: { timeoutMs: WAIT_MS } })),
    );
    expect(frozen.elapsedMs).toBeLessThan(WAIT_MS + SLACK_MS);
    expect(frozen.error).toEqual(expect.objectContaining({ code: "streams.not_replicated" }));
    const error = frozen.error as UnavailableError;
    expect(error.message).toMatch(
      /^Redrive of .* moved 100 entries; its last step's 100: not yet replicated/,
    );
    expect(error.details).toEqual(expect.objectContaining({ moved: 100 }));
    expect(await redis.client.xlen(keys.dlq)).toBe(30);
    // Running it again moves what is still there.
    expect(await redrive(redis.client, stream, { durable: { timeoutMs: 2500 } })).toBe(30);
    expect(await onReplica.xlen(keys.dlq)).toBe(0);
  });
});
