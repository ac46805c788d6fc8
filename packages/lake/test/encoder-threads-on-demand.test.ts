import { writeLake } from "@sluice/lake";
import { BUCKET, lakeIds, mixedEvents, produce, useLakeKit } from "@sluice/lake/testing";
import { uniqueStream } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const kit = useLakeKit();

// Encoder threads started from a module that does not exist fail to start: a run shows whether it started any.
const MISSING_SCRIPT = new URL("./no-such-encoder-entry.ts", import.meta.url);

const run = (streams: string[], encoderScript?: URL) =>
  writeLake({
    redis: kit.client,
    s3: kit.s3,
    bucket: BUCKET,
    streams,
    runId: "on-demand",
    deadline: Date.now() + 60_000,
    threads: 2,
    metrics: { put: () => {} },
    ...(encoderScript && { encoderScript }),
  });

it("starts no encoder thread for a stream with nothing new, and starts them for one with entries", async () => {
  const [empty, busy] = [uniqueStream("idle"), uniqueStream("busy")];
  const [quiet] = await run([empty], MISSING_SCRIPT);
  expect(quiet).toMatchObject({ stream: empty, rows: 0, files: 0, stoppedBy: "drained" });

  await produce(kit.client, busy, mixedEvents(50));
  const failed = await run([busy], MISSING_SCRIPT).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(AggregateError);
  const [written] = await run([busy]);
  expect(written).toMatchObject({ stream: busy, rows: 50 });
  expect((await lakeIds(kit.s3, busy)).size).toBe(50);
});
