// Durable publish against a real primary with a replica: a publish is confirmed only once the replica has it; a
// replica that answers nothing (SIGSTOP) turns it into `not_replicated` within the WAIT timeout, the entry written
// on the primary; a WAIT resent alone on a new connection after a reconnect never confirms.
import { createRedisClient, Producer, type RedisClient, streamKeys, UnavailableError } from "@sluice/streams";
import { type RedisReplicaSet, startRedisReplicaSet, whilePaused } from "@sluice/testing";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleTimed } from "./settle-timed.ts";

const COMMAND_TIMEOUT_MS = 3000;
/** Scheduling on a busy 2-core machine: what a WAIT may take beyond its timeout before the test calls it hung. */
const SLACK_MS = 1500;

let set: RedisReplicaSet;
let client: RedisClient;
let onReplica: RedisClient;

beforeAll(async () => {
  set = await startRedisReplicaSet({ replicas: 1 });
  client = createRedisClient({ ...set.target, commandTimeoutMs: COMMAND_TIMEOUT_MS });
  onReplica = createRedisClient({ ...(set.servers[1] as NonNullable<(typeof set.servers)[1]>).target });
  for (const c of [client, onReplica]) c.on("error", () => {});
});

afterAll(async () => {
  client?.disconnect();
  onReplica?.disconnect();
  await set?.stop();
});

const replica = () => set.servers[1] as NonNullable<(typeof set.servers)[1]>;
const entry = (idempotencyKey?: string) => ({ type: "t", data: "{}", idempotencyKey });
const onReplicaNow = async (stream: string, id: string) =>
  (await onReplica.xrange(streamKeys(stream).stream, id, id)).length === 1;

/** Freezes the replica for the duration of `body`: its link stays up and it acknowledges nothing. */
const withReplicaPaused = <T>(body: () => Promise<T>): Promise<T> => whilePaused(replica(), body);

describe("durable publish", () => {
  it("every confirmed publish is on the replica when the confirmation arrives", async () => {
    const stream = uniqueStream();
    const producer = new Producer(client, { durable: {} });
    for (let n = 0; n < 100; n += 1) {
      const id = await producer.send(stream, entry(n % 2 ? `k${n}` : undefined));
      expect(await onReplicaNow(stream, id)).toBe(true);
    }
    const batch = await producer.sendBatch(stream, [entry("b1"), entry(), entry("b1")]);
    for (const result of batch) {
      expect(result).toEqual(expect.objectContaining({ id: expect.any(String) }));
      expect(await onReplicaNow(stream, (result as { id: string }).id)).toBe(true);
    }
  });

  it("a frozen replica: not_replicated with the id within the timeout, the entry on the primary; a retry with the key after it is back confirms the same id", async () => {
    const stream = uniqueStream();
    const producer = new Producer(client, { durable: { timeoutMs: 300 } });
    const { first, plain } = await withReplicaPaused(async () => ({
      first: await settleTimed(producer.sendBatch(stream, [entry("r1"), entry()])),
      // Per call: a publish that needs no replica is confirmed at once meanwhile.
      plain: await settleTimed(producer.send(stream, entry(), { durable: false })),
    }));
    expect(first.elapsedMs).toBeLessThan(300 + SLACK_MS);
    const results = first.value ?? [];
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result).toEqual({ error: expect.any(UnavailableError) });
      const error = (result as { error: UnavailableError }).error;
      expect(error.code).toBe("streams.not_replicated");
      expect(error.message).toMatch(/written but is not yet replicated: 0 of 1 replicas/);
    }
    const [keyed, unkeyed] = results.map(
      (r) => (r as { error: UnavailableError }).error.details?.id as string,
    );
    expect(await client.xrange(streamKeys(stream).stream, "-", "+")).toHaveLength(3);
    expect(plain.value).toEqual(expect.any(String));
    expect(plain.elapsedMs).toBeLessThan(SLACK_MS);
    expect(unkeyed).not.toBe(keyed);

    // A replica just resumed may take a while to acknowledge on a busy machine: a longer WAIT for the retry.
    const [retry] = await producer.sendBatch(stream, [entry("r1")], { durable: { timeoutMs: 2500 } });
    expect(retry).toEqual({ id: keyed, replayed: true });
    expect(await onReplicaNow(stream, keyed as string)).toBe(true);
    expect(await client.xlen(streamKeys(stream).stream)).toBe(3);
  });

  it("more replicas asked than there are: not_replicated after the timeout", async () => {
    const producer = new Producer(client);
    const sent = await settleTimed(
      producer.send(uniqueStream(), entry(), { durable: { replicas: 2, timeoutMs: 200 } }),
    );
    expect(sent.error).toEqual(expect.objectContaining({ code: "streams.not_replicated" }));
    expect(sent.elapsedMs).toBeGreaterThanOrEqual(190);
    expect(sent.elapsedMs).toBeLessThan(200 + SLACK_MS);
  });

  it("a stream's durability (settingsFor) is its sends' default, over the producer's and under a call's", async () => {
    // Two replicas asked of a set with one: such a send ends not_replicated after 200 ms, one that does not wait is
    // confirmed at once; the message says how many replicas were asked and for how long.
    const producer = new Producer(client, {
      durable: { timeoutMs: 400 },
      settingsFor: (stream) =>
        stream.startsWith("two-")
          ? { durable: { replicas: 2, timeoutMs: 200 } }
          : stream.startsWith("plain-")
            ? { durable: false }
            : {},
    });
    const unconfirmed = (acknowledged: string, timeoutMs: number) =>
      expect.objectContaining({
        code: "streams.not_replicated",
        message: expect.stringContaining(`${acknowledged} replicas acknowledged it within ${timeoutMs} ms`),
      });
    const two = uniqueStream("two");
    await expect(producer.send(two, entry())).rejects.toEqual(unconfirmed("1 of 2", 200));
    // `true` keeps the stream's replicas and timeout; an object sets the fields it names over them.
    await expect(producer.send(two, entry(), { durable: true })).rejects.toEqual(unconfirmed("1 of 2", 200));
    await expect(producer.send(two, entry(), { durable: { timeoutMs: 100 } })).rejects.toEqual(
      unconfirmed("1 of 2", 100),
    );
    const one = await producer.send(two, entry(), { durable: { replicas: 1 } });
    expect(await onReplicaNow(two, one)).toBe(true);
    expect(await producer.send(two, entry(), { durable: false })).toEqual(expect.any(String));
    // A stream that says `false` is not waited for, whatever the producer's default; others take the producer's.
    await withReplicaPaused(async () => {
      expect(await producer.send(uniqueStream("plain"), entry())).toEqual(expect.any(String));
      await expect(producer.send(uniqueStream("other"), entry())).rejects.toEqual(unconfirmed("0 of 1", 400));
    });
  });

  it("the connection closed while WAIT blocks: the WAIT ioredis resends on the new connection does not confirm", async () => {
    const stream = uniqueStream();
    // A WAIT long enough to find and kill its connection with redis-cli on a busy machine.
    const patient = createRedisClient({ ...set.target, commandTimeoutMs: 15_000 });
    patient.on("error", () => {});
    const producer = new Producer(patient, { durable: { timeoutMs: 12_000 } });
    const sent = await withReplicaPaused(async () => {
      const sending = settleTimed(producer.send(stream, entry("cut")));
      let waiting: string | undefined;
      await waitFor(
        async () => {
          const list = await set.servers[0]?.cli("client", "list");
          waiting = list?.split("\n").find((line) => / cmd=wait\b/.test(line));
          return waiting !== undefined;
        },
        { what: "the producer's connection blocked in WAIT" },
      );
      await set.servers[0]?.cli("client", "kill", "id", /\bid=(\d+)/.exec(waiting ?? "")?.[1] ?? "");
      // On the new connection this client wrote nothing: a WAIT there answers at once with the frozen replica
      // counted (its last acknowledged offset is above 0), which alone would confirm an entry it does not have.
      return sending;
    });
    expect(sent.error).toEqual(expect.objectContaining({ code: "streams.not_replicated" }));
    expect((sent.error as Error).message).toMatch(/connection changed/);
    expect(sent.elapsedMs).toBeLessThan(12_000);
    patient.disconnect();
  });

  it("bad durability options are refused with streams.invalid_option", async () => {
    const bad = [
      { replicas: 0 },
      { replicas: 1.5 },
      { timeoutMs: 0 },
      { timeoutMs: COMMAND_TIMEOUT_MS },
      "yes",
      null,
    ] as never[];
    for (const durable of bad) {
      expect(() => new Producer(client, { durable })).toThrow(
        expect.objectContaining({ code: "streams.invalid_option" }),
      );
      await expect(new Producer(client).send(uniqueStream(), entry(), { durable })).rejects.toThrow(
        expect.objectContaining({ code: "streams.invalid_option" }),
      );
    }
  });
});
