import {
  createBackgroundDifferenceHook,
  createStreamProcessor,
  DEFAULT_JPEG_ENCODER,
  decodeBackgroundState,
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_GROUPS,
  FRAME_STREAMS,
  ImageFormat,
  ingestFrame,
  JPEG_ENCODERS,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
  startFramePipeline,
  timestampFromMs,
} from "@sluice/frames";
import { SCENE, sceneJpeg } from "@sluice/frames/testing";
import { type ConsumerHost, decodeEntry, Producer, type StreamEntry, streamKeys } from "@sluice/streams";
import { useRedisServer, waitFor } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corruptScanData, paddedHeader, withoutEoi } from "./jpeg-fixtures.ts";

const server = useRedisServer();
const STARTED = Date.now();
const delivered: ProcessedFrame[] = [];
let pipeline: ConsumerHost;
let producer: Producer;

beforeAll(async () => {
  producer = new Producer(server.client);
  const fast = { blockMs: 100, visibilityTimeoutMs: 2000 };
  pipeline = await startFramePipeline({
    redis: server.redis.target,
    consumer: "test",
    settings: { processor: fast, inference: fast, output: fast },
    sinks: [(frames) => void delivered.push(...frames)],
    write: () => {},
  });
});
afterAll(() => pipeline?.stop());

const regions = [
  { id: "lane-1", x: 20, y: 20, width: 100, height: 100 },
  { id: "lane-2", x: 200, y: 120, width: 100, height: 100 },
];

function frame(cameraId: string, sequence: number, image: Buffer): ProcessedFrame {
  return {
    frameId: `${cameraId}-${sequence}`,
    cameraId,
    sequence,
    // 25 frames/s: the background model folds in only frames newer than the last it took.
    capturedAt: timestampFromMs(STARTED + sequence * 40),
    image: { data: image },
    regions,
  } as unknown as ProcessedFrame;
}

const deliveredFor = (camera: string) => delivered.filter((f) => f.cameraId === camera);

async function groupInfo(stream: string) {
  const groups = (await server.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[][];
  return groups.map((fields) => {
    const info: Record<string, unknown> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) info[String(fields[i])] = fields[i + 1];
    return info;
  });
}

describe("the frame pipeline", () => {
  it("takes frames from input to output through every group, compressed, measured and analysed", async () => {
    const empty = await sceneJpeg();
    const withCar = await sceneJpeg({ x: 40, y: 40 });
    const images = [empty, empty, empty, empty, empty, withCar, withCar];
    for (const [i, image] of images.entries()) await ingestFrame(producer, frame("cam-a", i, image));
    await waitFor(() => deliveredFor("cam-a").length === images.length, { what: "7 analysed frames" });

    const frames = deliveredFor("cam-a");
    expect(frames.map((f) => f.frameId)).toEqual(images.map((_, i) => `cam-a-${i}`));
    for (const f of frames) {
      expect(f.stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
      expect(f.status).not.toBe(ProcessingStatus.PROCESSING_STATUS_FAILED);
      expect(f.image?.format).toBe(ImageFormat.IMAGE_FORMAT_JPEG);
      const { quality } = JPEG_ENCODERS[DEFAULT_JPEG_ENCODER];
      expect(f.image).toMatchObject({ width: SCENE.width, height: SCENE.height, quality });
      // Re-encoded at the default quality from a q95 original: smaller.
      expect(f.image?.data?.length).toBeLessThan(f.image?.originalBytes ?? 0);
      expect(f.quality?.brightness).toBeGreaterThan(60);
      expect(f.quality?.contrast).toBeGreaterThan(0);
      expect(f.traffic?.method).toBe("background-difference/v1");
      expect(f.roiAnalyses.map((r) => r.region?.id)).toEqual(["lane-1", "lane-2"]);
      expect(f.processedAt).toBeTruthy();
    }
    expect(frames.map((f) => f.traffic?.backgroundFrames)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The static scene is background; the car appears in lane 1 and nowhere else.
    expect(frames[4]?.roiAnalyses.map((r) => r.occupied ?? false)).toEqual([false, false]);
    const car = frames[5];
    expect(car?.traffic?.motion).toBeGreaterThan(0);
    expect(car?.roiAnalyses.map((r) => r.occupied ?? false)).toEqual([true, false]);
    // It stays: still occupied, no longer moving.
    expect(frames[6]?.roiAnalyses[0]?.occupied).toBe(true);
    expect(frames[6]?.traffic?.motion ?? 0).toBeLessThan(car?.traffic?.motion ?? 0);

    // Each stage's group read every frame and acknowledged it.
    for (const [stream, group] of [
      [FRAME_STREAMS.input, FRAME_GROUPS.processor],
      [FRAME_STREAMS.processed, FRAME_GROUPS.inference],
      [FRAME_STREAMS.output, FRAME_GROUPS.output],
    ] as const) {
      await waitFor(async () => (await groupInfo(stream)).some((g) => g.name === group && g.pending === 0));
      const info = (await groupInfo(stream)).find((g) => g.name === group);
      expect(info?.["entries-read"]).toBeGreaterThanOrEqual(images.length);
    }
  });

  it("carries a frame whose image is corrupt to the end marked FAILED, and dead-letters an entry that is no frame", async () => {
    await ingestFrame(producer, frame("cam-b", 1, Buffer.from("these bytes are not an image")));
    await producer.send(FRAME_STREAMS.input, {
      type: "frame.ingested",
      contentType: FRAME_CONTENT_TYPE,
      data: Buffer.from([0x0a, 0xff, 0xff]),
    });
    await waitFor(() => deliveredFor("cam-b").length === 1, { what: "the failed frame" });
    const failed = deliveredFor("cam-b")[0];
    expect(failed?.status).toBe(ProcessingStatus.PROCESSING_STATUS_FAILED);
    expect(failed?.error).toMatch(/image/i);
    expect(failed?.image).toBeFalsy();
    await waitFor(async () => (await server.client.xlen(streamKeys(FRAME_STREAMS.input).dlq)) === 1, {
      what: "the undecodable entry in the input's dead-letter stream",
    });
  });
});

describe("stream_processor", () => {
  const output = "frames.processed.unit";
  const entry = (id: string, properties: object): StreamEntry => ({
    id,
    type: "frame.ingested",
    contentType: FRAME_CONTENT_TYPE,
    data: Buffer.from(
      encodeFrame({
        ...frame("cam-unit", 1, Buffer.alloc(0)),
        ...properties,
        stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
      }),
    ),
    time: Date.now(),
  });
  const context = {
    stream: FRAME_STREAMS.input,
    group: "unit",
    consumer: "unit",
    signal: new AbortController().signal,
  };
  const lastFrame = async () => {
    const [[id, fields]] = (await server.client.xrevrangeBuffer(
      streamKeys(output).stream,
      "+",
      "-",
      "COUNT",
      1,
    )) as [[Buffer, Buffer[]]];
    const decoded = decodeEntry(id.toString(), fields);
    if (!("entry" in decoded)) throw new Error("not a Sluice entry");
    return decodeFrame(decoded.entry.data);
  };

  it("carries a frame whose regions do not fit the decoded image on, FAILED, instead of dead-lettering it", async () => {
    const handler = createStreamProcessor({ producer, output });
    const beyond = [{ id: "lane-9", x: 300, y: 0, width: 100, height: 100 }]; // the scene is 320 wide
    const result = await handler(
      [entry("1-1", { image: { data: await sceneJpeg() }, regions: beyond })],
      context,
    );
    expect(result?.failures).toEqual([]);
    const failed = await lastFrame();
    expect(failed.status).toBe(ProcessingStatus.PROCESSING_STATUS_FAILED);
    expect(failed.error).toMatch(/lane-9/);
    expect(failed.image).toBeFalsy();
  });

  it("marks a frame whose JPEG data is corrupt FAILED with the reason, and one with cameras' benign defects OK", async () => {
    const handler = createStreamProcessor({ producer, output });
    const clean = await sceneJpeg();
    const corrupt = entry("1-3", { frameId: "corrupt", image: { data: corruptScanData(clean, 1) } });
    let result = await handler([corrupt], context);
    expect(result?.failures).toEqual([]);
    const failed = await lastFrame();
    expect(failed).toMatchObject({ frameId: "corrupt", status: ProcessingStatus.PROCESSING_STATUS_FAILED });
    expect(failed.error).toMatch(/^The image data is corrupt: .*Corrupt JPEG data/);
    expect(failed.image).toBeFalsy();

    const benign = withoutEoi(paddedHeader(clean));
    result = await handler([entry("1-4", { frameId: "benign", image: { data: benign } })], context);
    expect(result?.failures).toEqual([]);
    const ok = await lastFrame();
    expect(ok).toMatchObject({ frameId: "benign", status: ProcessingStatus.PROCESSING_STATUS_OK });
    expect(ok.error).toBeFalsy();
    expect(ok.image).toMatchObject({ width: SCENE.width, height: SCENE.height });
  });

  it("carries a frame too large for the stream once processed on, FAILED without its image", async () => {
    const small = new Producer(server.client, { maxPayloadBytes: 4000 });
    const handler = createStreamProcessor({ producer: small, output });
    const result = await handler([entry("1-2", { image: { data: await sceneJpeg() } })], context);
    expect(result?.failures).toEqual([]);
    const failed = await lastFrame();
    expect(failed.frameId).toBe("cam-unit-1");
    expect(failed.status).toBe(ProcessingStatus.PROCESSING_STATUS_FAILED);
    expect(failed.error).toMatch(/bytes/);
    expect(failed.image).toBeFalsy();
  });
});

describe("the background-difference hook", () => {
  it("never rolls a camera's model back: an older or repeated frame is measured but not folded in", async () => {
    const hook = createBackgroundDifferenceHook({ client: server.client, stream: "frames.order" });
    const data = await sceneJpeg();
    const image = { data, width: SCENE.width, height: SCENE.height };
    const taken = (sequence: number) =>
      ({ ...frame("cam-order", sequence, data), image }) as unknown as ProcessedFrame;
    const results = [];
    for (const sequence of [2, 1, 2, 3]) results.push(...(await hook([taken(sequence)])));
    // Each figure is the model it was measured against, plus that frame: 1 frame stored until sequence 3.
    expect(results.map((result) => result.traffic.backgroundFrames)).toEqual([1, 2, 2, 2]);
    const stored = await server.client.hget(`${streamKeys("frames.order").stream}:bg:cam-order`, "t");
    expect(Number(stored)).toBe(STARTED + 3 * 40);
  });

  it("keeps each camera's background at the analysis width it is given", async () => {
    const hook = createBackgroundDifferenceHook({
      client: server.client,
      analysisWidth: 320,
      stream: "frames.bg",
    });
    const image = { data: await sceneJpeg(), width: SCENE.width, height: SCENE.height };
    const processed = { ...frame("cam-wide", 1, image.data), image } as unknown as ProcessedFrame;
    await hook([processed]);
    const stored = await server.client.hgetBuffer(`${streamKeys("frames.bg").stream}:bg:cam-wide`, "s");
    expect(decodeBackgroundState(stored ?? Buffer.alloc(0))).toMatchObject({ width: 320, height: 240 });
  });
});
