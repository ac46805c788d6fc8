// Measure a camera image, run the frame pipeline with a sink of your own and send it a frame (docs/frames.md).
// Type-checked in CI.
import { readFile } from "node:fs/promises";
import {
  type FrameSink,
  ingestFrame,
  processImage,
  startFramePipeline,
  timestampFromMs,
} from "@sluice/frames";
import { createRedisClient, Producer, type RedisConnectionConfig } from "@sluice/streams";

const redis: RedisConnectionConfig = { mode: "standalone", nodes: [{ host: "127.0.0.1", port: 6379 }] };
const image = await readFile(process.argv[2] ?? "frame.jpg");

// What stream_processor does to each frame, from one decode: the compressed image and its quality figures.
const { image: compressed, quality } = await processImage(image);
console.log(`${compressed.format} ${compressed.compressedBytes} bytes`, quality.sharpness, {
  blurry: quality.blurry,
});

// Every finished frame (stage ANALYZED, or FAILED with the reason) reaches each sink of output_consumers.
const printOccupancy: FrameSink = (frames) => {
  for (const frame of frames) {
    const occupied = frame.roiAnalyses.filter((roi) => roi.occupied).map((roi) => roi.region?.id);
    console.log(frame.cameraId, frame.frameId, frame.status, `motion ${frame.traffic?.motion}`, { occupied });
  }
};
const pipeline = await startFramePipeline({
  redis,
  consumer: `frames-${process.pid}`,
  sinks: [printOccupancy],
});

const client = createRedisClient(redis);
const id = await ingestFrame(new Producer(client), {
  frameId: crypto.randomUUID(),
  cameraId: "cam-1",
  capturedAt: timestampFromMs(Date.now()),
  image: { data: image },
  regions: [{ id: "lane-1", x: 0, y: 0, width: 100, height: 100 }],
});
console.log(`frames.input entry ${id}`);

process.once("SIGTERM", async () => {
  await pipeline.stop();
  client.disconnect();
});
