// How the stages read and pass frames on, against a real redis-server: frames from the pipeline's own streams are
// not validated again, frames from anywhere else are; ml_inference appends its analysis to the bytes it received.
import {
  createInferenceHandler,
  createOutputHandler,
  createStreamProcessor,
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_EVENTS,
  type FrameProperties,
  type InferenceHook,
  type ProcessedFrame,
  ProcessingStage,
  ProcessingStatus,
} from "@sluice/frames";
import {
  type BatchResult,
  decodeEntry,
  type HandlerContext,
  InvalidInputError,
  Producer,
  type StreamEntry,
  streamKeys,
} from "@sluice/streams";
import { useRedisServer } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { fullFrame } from "./codec-fixtures.ts";

const server = useRedisServer();

const context = (stream: string): HandlerContext => ({
  stream,
  group: "test",
  consumer: "test",
  signal: new AbortController().signal,
});

/** Appends `data` to `stream` as a stage would, and reads it back as the runner hands it to a handler. */
async function entryIn(stream: string, data: Uint8Array, type: string = FRAME_EVENTS.processed) {
  const producer = new Producer(server.client);
  await producer.send(stream, { type, contentType: FRAME_CONTENT_TYPE, data, traceId: "t-1", time: 1234 });
  return (await entriesOf(stream)).at(-1) as StreamEntry;
}

async function entriesOf(stream: string): Promise<StreamEntry[]> {
  const rows = (await server.client.callBuffer("XRANGE", streamKeys(stream).stream, "-", "+")) as [
    Buffer,
    Buffer[],
  ][];
  return rows.map(([id, fields]) => {
    const decoded = decodeEntry(id.toString(), fields);
    if (!("entry" in decoded)) throw new Error(decoded.foreign);
    return decoded.entry;
  });
}

/** A frame that decodes but breaks a rule: a frame_id with spaces appended (field 1, 11 bytes). */
function invalidFrame(stage: ProcessingStage): Buffer {
  const frameId = Buffer.from("has a space");
  return Buffer.concat([encodeFrame({ ...fullFrame(), stage }), Buffer.of(0x0a, frameId.length), frameId]);
}

// biome-ignore lint/suspicious/noConfusingVoidType: what a BatchHandler returns
function failuresOf(result: BatchResult | void): unknown[] {
  return (result?.failures ?? []).map((failure) => failure.error);
}

describe("the stages' handlers", () => {
  it("validate frames read from a stream outside the pipeline, and not those from the pipeline's own", async () => {
    const bytes = invalidFrame(ProcessingStage.PROCESSING_STAGE_ANALYZED);
    expect(() => decodeFrame(bytes)).toThrow(/frame_id/);
    const seen: ProcessedFrame[] = [];
    const handler = createOutputHandler([(frames) => void seen.push(...frames)]);

    const outside = await entryIn("app.camera-feed", bytes);
    const [error] = failuresOf(await handler([outside], context("app.camera-feed")));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(seen).toEqual([]);

    const inside = await entryIn("frames.output", bytes);
    expect(failuresOf(await handler([inside], context("frames.output")))).toEqual([]);
    expect(seen.map((frame) => frame.frameId)).toEqual(["has a space"]);
  });

  it("still refuse bytes that are no frame, from any stream", async () => {
    const handler = createOutputHandler();
    const garbage = await entryIn("frames.output", Buffer.from([0x0a, 0xff]));
    const [error] = failuresOf(await handler([garbage], context("frames.output")));
    expect((error as InvalidInputError).code).toBe("frames.invalid_protobuf");
  });

  it("the processor dead-letters an INGESTED frame without an image, even from a pipeline stream", async () => {
    const { image: _image, ...noImage } = fullFrame();
    const bytes = Buffer.concat([
      encodeFrame({ ...noImage, stage: ProcessingStage.PROCESSING_STAGE_PROCESSED }),
      Buffer.from([6 << 3, ProcessingStage.PROCESSING_STAGE_INGESTED]),
    ]);
    const entry = await entryIn("frames.input", bytes, FRAME_EVENTS.ingested);
    const handler = createStreamProcessor({ producer: new Producer(server.client), output: "frames.none" });
    const [error] = failuresOf(await handler([entry], context("frames.input")));
    expect((error as InvalidInputError).code).toBe("frames.invalid_frame");
    expect(await entriesOf("frames.none")).toEqual([]);
  });

  it("ml_inference appends its analysis to the frame's bytes, and the next stage reads the frame analysed", async () => {
    const { traffic, roiAnalyses, ...rest } = fullFrame();
    const processed: FrameProperties = { ...rest, stage: ProcessingStage.PROCESSING_STAGE_PROCESSED };
    const bytes = encodeFrame(processed);
    const hook: InferenceHook = async (frames) =>
      frames.map(() => ({
        traffic: traffic ?? {},
        regions: (roiAnalyses ?? []).map(({ crop: _crop, ...analysis }) => analysis),
      }));
    const handler = createInferenceHandler({
      producer: new Producer(server.client),
      hook,
      output: "frames.analysed",
    });
    const entry = await entryIn("frames.processed", bytes);
    expect(failuresOf(await handler([entry], context("frames.processed")))).toEqual([]);

    const [out] = await entriesOf("frames.analysed");
    expect(out?.type).toBe(FRAME_EVENTS.analyzed);
    expect(out?.data.subarray(0, bytes.length)).toEqual(Buffer.from(bytes));
    expect(out?.traceId).toBe("t-1");
    expect(out?.time).toBe(1234);
    const analysed = decodeFrame(out?.data as Buffer);
    expect(analysed.stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
    expect(analysed.status).toBe(ProcessingStatus.PROCESSING_STATUS_DEGRADED);
    expect(analysed.traffic?.method).toBe(traffic?.method);
    expect(analysed.roiAnalyses.map((analysis) => analysis.motion)).toEqual(
      (roiAnalyses ?? []).map((analysis) => analysis.motion),
    );

    const seen: ProcessedFrame[] = [];
    const output = createOutputHandler([(frames) => void seen.push(...frames)]);
    expect(failuresOf(await output([out as StreamEntry], context("frames.analysed")))).toEqual([]);
    expect(seen[0]?.stage).toBe(ProcessingStage.PROCESSING_STAGE_ANALYZED);
  });

  it("ml_inference dead-letters a frame whose analysis is invalid, and passes the rest on", async () => {
    const { traffic: _t, roiAnalyses: _r, ...rest } = fullFrame();
    const good = await entryIn(
      "frames.processed",
      encodeFrame({ ...rest, stage: ProcessingStage.PROCESSING_STAGE_PROCESSED }),
    );
    let calls = 0;
    const hook: InferenceHook = async (frames) =>
      frames.map(() => ({
        traffic: { motion: calls++ === 0 ? ("high" as unknown as number) : 0.5 },
        regions: [],
      }));
    const handler = createInferenceHandler({
      producer: new Producer(server.client),
      hook,
      output: "frames.analysed-2",
    });
    const [error] = failuresOf(await handler([good], context("frames.processed")));
    expect((error as InvalidInputError).message).toMatch(/traffic\.motion/);
    expect(failuresOf(await handler([good], context("frames.processed")))).toEqual([]);
    expect(await entriesOf("frames.analysed-2")).toHaveLength(1);
  });
});
