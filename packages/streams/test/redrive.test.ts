// Redrive: moving dead letters back to their stream, by id range, at a rate, and only what was there at the start.
import { redrive, streamKeys } from "@sluice/streams";
import { uniqueStream, useRedisServer } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const server = useRedisServer();

it("redrives by id range and at the rate asked for", async () => {
  const stream = uniqueStream();
  const keys = streamKeys(stream);
  const ids: string[] = [];
  for (let n = 0; n < 40; n += 1)
    ids.push((await server.client.xadd(keys.dlq, "*", "t", "t", "d", `{"n":${n}}`)) as string);
  expect(await redrive(server.client, stream, { from: ids[0], to: ids[9] })).toBe(10);
  expect(await server.client.xlen(keys.stream)).toBe(10);
  const started = Date.now();
  expect(await redrive(server.client, stream, { ratePerSecond: 50, limit: 25 })).toBe(25);
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  expect(await server.client.xlen(keys.dlq)).toBe(5);
  expect((await server.client.xrange(keys.stream, "-", "+")).map(([, f]) => f[3])).toEqual(
    Array.from({ length: 35 }, (_, n) => `{"n":${n}}`),
  );
  await expect(redrive(server.client, stream, { from: "yesterday" })).rejects.toMatchObject({
    code: "streams.invalid_id",
  });
});

it("redrives what the dead-letter stream held when it started, not what is dead-lettered meanwhile", async () => {
  const stream = uniqueStream();
  const { dlq } = streamKeys(stream);
  for (let n = 0; n < 150; n += 1) await server.client.xadd(dlq, "*", "t", "t", "d", `{"n":${n}}`);
  const adding = new Promise<void>((resolve) =>
    setTimeout(async () => {
      for (let n = 0; n < 10; n += 1) await server.client.xadd(dlq, "*", "t", "t", "d", "{}");
      resolve();
    }, 300),
  );
  expect(await redrive(server.client, stream, { ratePerSecond: 100 })).toBe(150);
  await adding;
  expect(await server.client.xlen(dlq)).toBe(10);
});
