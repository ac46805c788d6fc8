// Entries with thousands of fields (another tool wrote them): dead-lettered and redriven whole, or capped and marked.
import { deadLetter, MAX_DEAD_LETTER_FIELDS, redrive, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";
import { useRedisWithProducer } from "./redis-with-producer.ts";

const server = useRedisWithProducer();

/** An entry of `count` fields: a Sluice envelope (t, d) and filler fields f2…, each value distinct. */
const wideFields = (count: number) => [
  "t",
  "wide",
  "d",
  "{}",
  ...Array.from({ length: count - 2 }, (_, n) => [`f${n + 2}`, `v${n + 2}`]).flat(),
];

/** Adds a wide entry to a new stream with group "g" and delivers it to consumer "c". */
async function pendingWideEntry(count: number) {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const fields = wideFields(count);
  const id = (await server.client.xadd(keys.stream, "*", ...fields)) as string;
  await server.client.xgroup("CREATE", keys.stream, "g", "0");
  await server.client.xreadgroup("GROUP", "g", "c", "STREAMS", keys.stream, ">");
  return { stream, keys, fields, id };
}

const record = async (key: string) =>
  ((await server.client.xrange(key, "-", "+"))[0] as [string, string[]])[1];

it.each([4000, 10_000])("dead-letters and redrives an entry of %i fields whole", async (count) => {
  const { stream, keys, fields, id } = await pendingWideEntry(count);
  const request = { keys, group: "g", consumer: "c", id, reason: "too wide" };
  expect(await deadLetter(server.client, request)).toMatch(/^\d+-\d+$/);
  const dead = await record(keys.dlq);
  expect(dead.slice(0, 2 * count)).toEqual(fields);
  expect(dead.slice(2 * count, 2 * count + 8)).toEqual([
    "x.stream",
    stream,
    "x.id",
    id,
    "x.group",
    "g",
    "x.error",
    "too wide",
  ]);
  expect(dead).not.toContain("x.truncated");
  expect(await server.client.xpending(keys.stream, "g")).toEqual([0, null, null, null]);
  // Retention has trimmed the original: the redrive appends the copy, every field of it.
  await server.client.xdel(keys.stream, id);
  expect(await redrive(server.client, stream)).toBe(1);
  expect(await record(keys.stream)).toEqual(fields);
});

it("keeps the first MAX_DEAD_LETTER_FIELDS fields of a wider entry, says how many it had, and redrives those", async () => {
  const count = MAX_DEAD_LETTER_FIELDS + 2000;
  const { stream, keys, fields, id } = await pendingWideEntry(count);
  expect(
    await deadLetter(server.client, { keys, group: "g", consumer: "c", id, reason: "too wide" }),
  ).toBeDefined();
  const dead = await record(keys.dlq);
  const kept = 2 * MAX_DEAD_LETTER_FIELDS;
  expect(dead.slice(0, kept)).toEqual(fields.slice(0, kept));
  expect(dead.slice(kept, kept + 4)).toEqual(["x.stream", stream, "x.id", id]);
  expect(dead.slice(-2)).toEqual(["x.truncated", String(count)]);
  await server.client.xdel(keys.stream, id);
  expect(await redrive(server.client, stream)).toBe(1);
  expect(await record(keys.stream)).toEqual(fields.slice(0, kept));
});

it("redrives many wide records, a bounded number per script run", async () => {
  const stream = uniqueStream();
  const { dlq } = streamKeys(stream);
  const fields = wideFields(MAX_DEAD_LETTER_FIELDS);
  for (let n = 0; n < 5; n += 1) await server.client.xadd(dlq, "*", ...fields);
  expect(await redrive(server.client, stream)).toBe(5);
  expect(await server.client.xlen(streamKeys(stream).stream)).toBe(5);
  expect(await server.client.xlen(dlq)).toBe(0);
});

it("a 10,000-field entry reaches the DLQ within maxDeliveries", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const fields = wideFields(10_000);
  const id = (await server.client.xadd(keys.stream, "*", ...fields)) as string;
  const attempts: string[] = [];
  await server.pool
    .runner({
      stream,
      group: "g",
      consumer: "c",
      maxDeliveries: 3,
      visibilityTimeoutMs: 100,
      handler: (batch) => {
        attempts.push(...batch.map((e) => e.id));
        throw new Error("handler down");
      },
    })
    .start();
  await waitFor(async () => (await server.client.xlen(keys.dlq)) === 1, {
    timeoutMs: 30_000,
    what: "dead letter",
  });
  expect(attempts).toEqual([id, id, id]);
  const dead = await record(keys.dlq);
  expect(dead.slice(0, fields.length)).toEqual(fields);
  expect(dead[dead.indexOf("x.id") + 1]).toBe(id);
  expect(dead[dead.indexOf("x.deliveries") + 1]).toBe("3");
  expect(await server.client.xpending(keys.stream, "g")).toEqual([0, null, null, null]);
});
