import {
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_STREAMS,
  frameToJson,
  ProcessingStage,
  timestampFromMs,
} from "@sluice/frames";
import { sceneJpeg } from "@sluice/frames/testing";
import { decodeEntry, streamKeys } from "@sluice/streams";
import { describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";

const api = useLocalApi();

const frame = async (frameId: string) => ({
  frameId,
  cameraId: "cam-http",
  sequence: 7,
  capturedAt: timestampFromMs(1_700_000_000_123),
  image: { data: await sceneJpeg() },
  regions: [{ id: "lane-1", x: 0, y: 0, width: 10, height: 10 }],
});

async function inputEntry(id: string) {
  const [[entryId, fields]] = (await api.redis.client.xrangeBuffer(
    streamKeys(FRAME_STREAMS.input).stream,
    id,
    id,
  )) as [[Buffer, Buffer[]]];
  const decoded = decodeEntry(entryId.toString(), fields);
  if (!("entry" in decoded)) throw new Error("not a Sluice entry");
  return decoded.entry;
}

describe("POST /v1/frames", () => {
  it("appends a binary protobuf frame to the input stream at stage INGESTED (202)", async () => {
    const bytes = encodeFrame({ ...(await frame("f-pb")), stage: ProcessingStage.PROCESSING_STAGE_INGESTED });
    const response = await api.call("POST", "/v1/frames", {
      raw: Buffer.from(bytes),
      headers: { "content-type": "application/x-protobuf" },
    });
    expect(response.status).toBe(202);
    expect(response.json).toMatchObject({ frameId: "f-pb" });
    const entry = await inputEntry(String(response.json.id));
    expect(entry).toMatchObject({ type: "frame.ingested", contentType: FRAME_CONTENT_TYPE, key: "cam-http" });
    const stored = decodeFrame(entry.data);
    expect(stored.stage).toBe(ProcessingStage.PROCESSING_STAGE_INGESTED);
    expect(Buffer.from(stored.image?.data ?? []).equals(Buffer.from((await frame("x")).image.data))).toBe(
      true,
    );
  });

  it("takes the protobuf JSON mapping too", async () => {
    const json = frameToJson({
      ...(await frame("f-json")),
      stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
    });
    const response = await api.call("POST", "/v1/frames", { body: json });
    expect(response.status).toBe(202);
    const stored = decodeFrame((await inputEntry(String(response.json.id))).data);
    expect(stored.frameId).toBe("f-json");
    expect(stored.capturedAt?.nanos).toBe(123_000_000);
  });

  it("answers 400 naming the field for a bad frame, 415 for another content type, and appends nothing", async () => {
    const before = await api.redis.client.xlen(streamKeys(FRAME_STREAMS.input).stream);
    const unknownField = await api.call("POST", "/v1/frames", {
      body: { frameId: "f", cameraId: "c", image: { data: "AAAA" }, colour: "red" },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.message).toMatch(/colour/);
    const noImage = await api.call("POST", "/v1/frames", { body: { frameId: "f", cameraId: "c" } });
    expect(noImage.status).toBe(400);
    expect(noImage.json.message).toMatch(/image/);
    const garbage = await api.call("POST", "/v1/frames", {
      raw: Buffer.from([0x0a, 0xff, 0xff, 0xff]),
      headers: { "content-type": "application/x-protobuf" },
    });
    expect(garbage.status).toBe(400);
    const huge = await api.call("POST", "/v1/frames", {
      body: { frameId: "f", cameraId: "c", image: { data: Buffer.alloc(1_100_000).toString("base64") } },
    });
    expect(huge.status).toBe(413);
    const xml = await api.call("POST", "/v1/frames", {
      raw: "<frame/>",
      headers: { "content-type": "application/xml" },
    });
    expect(xml.status).toBe(415);
    expect(await api.redis.client.xlen(streamKeys(FRAME_STREAMS.input).stream)).toBe(before);
  });
});
