// The background-difference hook's camera models stay bounded: 10,000 made-up camera ids keep at most the bound,
// the least recently used dropped, on a real redis-server (and a cluster: the script deletes models by key prefix).
import {
  analyseTraffic,
  cameraModelKeys,
  createBackgroundDifferenceHook,
  DEFAULT_MAX_CAMERA_MODELS,
  decodeLuma,
  encodeBackgroundState,
  type ProcessedFrame,
  timestampFromMs,
} from "@sluice/frames";
import { sceneJpeg } from "@sluice/frames/testing";
import { type RedisClient, runScript } from "@sluice/streams";
import { useRedisCluster, useRedisServer } from "@sluice/testing/clients";
import { beforeAll, describe, expect, it } from "vitest";
import { saveBackgroundScript } from "../src/pipeline/save-background-2.ts";

const server = useRedisServer();
const cluster = useRedisCluster();
const STARTED = Date.now();
// The background model's own size (160 × 90), so each model is the 43 KB of production.
const SIZE = { width: 160, height: 90 };
let image: { data: Buffer; width: number; height: number };
beforeAll(async () => {
  image = { data: await sceneJpeg(undefined, SIZE), ...SIZE };
});

const frame = (cameraId: string, sequence: number) =>
  ({
    frameId: `${cameraId}-${sequence}`,
    cameraId,
    capturedAt: timestampFromMs(STARTED + sequence * 40),
    image,
    regions: [],
  }) as unknown as ProcessedFrame;

/** Seeded camera ids (mulberry32): the same 10,000 every run. */
function cameraIds(count: number, seed: number): string[] {
  let a = seed;
  return Array.from({ length: count }, () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return `cam-${((t ^ (t >>> 14)) >>> 0).toString(16)}`;
  });
}

const usedMemory = async (client: RedisClient) =>
  Number(/used_memory:(\d+)/.exec(await client.info("memory"))?.[1]);

async function modelKeys(client: RedisClient, stream: string): Promise<number> {
  let count = 0;
  let cursor = "0";
  do {
    const [next, keys] = await client.scan(
      cursor,
      "MATCH",
      cameraModelKeys(stream).model("*"),
      "COUNT",
      1000,
    );
    count += keys.length;
    cursor = next;
  } while (cursor !== "0");
  return count;
}

describe("camera models", () => {
  it("stay at the bound through 10,000 camera ids, dropping the least recently stored", async () => {
    const stream = "frames.models";
    const keys = cameraModelKeys(stream);
    // The hook's store, called as the hook calls it, with a real 160 × 90 model (decoding 10,000 frames would take
    // the test half a minute on this machine; the next test runs the hook itself).
    const model = encodeBackgroundState(analyseTraffic(await decodeLuma(image.data), undefined, []).state);
    const store = (camera: string, time: number) =>
      runScript(
        server.client,
        saveBackgroundScript,
        [keys.model(camera), keys.used],
        [time, model, 3_600_000, DEFAULT_MAX_CAMERA_MODELS, keys.model(""), camera],
      );
    const before = await usedMemory(server.client);
    const ids = cameraIds(10_000, 18);
    await store("cam-first", 1);
    // cam-live is stored after every 63 made-up ids, so it is never among the 500 least recently stored.
    for (let at = 0; at < ids.length; at += 63) {
      await Promise.all(ids.slice(at, at + 63).map((id) => store(id, 1)));
      await store("cam-live", at + 1);
    }
    const after = await usedMemory(server.client);

    expect(await server.client.zcard(keys.used)).toBe(DEFAULT_MAX_CAMERA_MODELS);
    expect(await modelKeys(server.client, stream)).toBe(DEFAULT_MAX_CAMERA_MODELS);
    expect(after - before).toBeLessThan(50 * 1024 * 1024);
    expect(await server.client.exists(keys.model("cam-live"))).toBe(1);
    expect(await server.client.exists(keys.model(ids.at(-1) as string))).toBe(1);
    expect(await server.client.exists(keys.model(ids[0] as string))).toBe(0);
    expect(await server.client.exists(keys.model("cam-first"))).toBe(0);
    console.log(
      JSON.stringify({
        cameras: ids.length + 2,
        models: DEFAULT_MAX_CAMERA_MODELS,
        used_memory_growth_mb: Math.round((after - before) / 1024 / 102.4) / 10,
        model_memory_usage_bytes: await server.client.memory("USAGE", keys.model("cam-live")),
      }),
    );
  });

  it("keep the recently used cameras' models through the hook; a dropped camera starts a new one", async () => {
    const stream = "frames.lru";
    const keys = cameraModelKeys(stream);
    const hook = createBackgroundDifferenceHook({ client: server.client, stream, maxModels: 5 });
    const ids = cameraIds(40, 7);
    // cam-live comes in every batch of 3 made-up cameras: its background keeps counting frames.
    for (let at = 0, live = 1; at < ids.length; at += 3, live += 1) {
      const batch = ids.slice(at, at + 3).map((id, i) => frame(id, at + i));
      const results = await hook([...batch, frame("cam-live", live)]);
      expect(results.at(-1)?.traffic.backgroundFrames).toBe(live);
    }
    // One batch's models are stored in the same millisecond: the set, not its order.
    expect((await server.client.zrange(keys.used, "0", "-1")).sort()).toEqual(
      [...ids.slice(-4), "cam-live"].sort(),
    );
    expect(await modelKeys(server.client, stream)).toBe(5);
    // ids[0]'s model was dropped: its next frame starts a new one, like a first frame.
    const again = await hook([frame(ids[0] as string, 1_000)]);
    expect(again[0]?.traffic).toMatchObject({ backgroundFrames: 1, motion: 0, occupancy: 0 });
    expect(await server.client.zcard(keys.used)).toBe(5);
  });

  it("forget cameras whose models expired, and refuse a bound below 1", async () => {
    const stream = "frames.expiry";
    const keys = cameraModelKeys(stream);
    const hook = createBackgroundDifferenceHook({ client: server.client, stream, stateTtlMs: 200 });
    await hook([frame("cam-gone", 1)]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await hook([frame("cam-new", 1)]);
    expect(await server.client.zrange(keys.used, "0", "-1")).toEqual(["cam-new"]);
    expect(() => createBackgroundDifferenceHook({ client: server.client, maxModels: 0 })).toThrow(
      /maxModels/,
    );
  });

  it("are dropped within the stream's slot on a cluster", async () => {
    const stream = "frames.cluster";
    const keys = cameraModelKeys(stream);
    const hook = createBackgroundDifferenceHook({ client: cluster.client, stream, maxModels: 3 });
    for (const [i, camera] of ["cam-1", "cam-2", "cam-3", "cam-4", "cam-1"].entries()) {
      await hook([frame(camera, i + 1)]);
    }
    expect(await cluster.client.zrange(keys.used, "0", "-1")).toEqual(["cam-3", "cam-4", "cam-1"]);
    expect(await cluster.client.exists(keys.model("cam-2"))).toBe(0);
    expect(await cluster.client.exists(keys.model("cam-4"))).toBe(1);
  });
});
