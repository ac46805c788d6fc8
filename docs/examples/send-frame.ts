// Send a camera frame into the pipeline over gRPC, then follow analysed frames as a consumer group of your own
// (docs/frames.md, docs/grpc.md). Run against `npm start` (gRPC on 127.0.0.1:50051). Type-checked in CI.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { credentials, Metadata } from "@grpc/grpc-js";
import { decodeFrame, encodeFrame, FRAME_CONTENT_TYPE, FRAME_STREAMS, timestampFromMs } from "@sluice/frames";
import { bearerTokenInterceptor, StreamingClient } from "@sluice/grpc";

// Every call but health needs a bearer token whose scopes allow it: npm start's development token has them all.
const token = process.env.SLUICE_TOKEN ?? readFileSync(".sluice/dev-token", "utf8").trim();
const client = new StreamingClient("127.0.0.1:50051", credentials.createInsecure(), {
  interceptors: [bearerTokenInterceptor(token)],
});
const metadata = new Metadata();

const frame = encodeFrame({
  frameId: crypto.randomUUID(),
  cameraId: "cam-1",
  capturedAt: timestampFromMs(Date.now()),
  stage: 1, // PROCESSING_STAGE_INGESTED
  image: { data: await readFile(process.argv[2] ?? "frame.jpg") },
  regions: [{ id: "lane-1", x: 0, y: 0, width: 100, height: 100 }],
});
client.publish(
  {
    stream: FRAME_STREAMS.input,
    event: { type: "frame.ingested", contentType: FRAME_CONTENT_TYPE, data: frame, key: "cam-1" },
  },
  metadata,
  { deadline: Date.now() + 5000 },
  (error, response) => console.log(error ? `publish failed: ${error.message}` : `published ${response?.id}`),
);

// Analysed frames, as the group "dashboard" (created at the start of frames.output on first use). Each delivery
// stays pending until acknowledged; unacknowledged ones come back after the gateway's visibility timeout.
const deliveries = client.subscribe(
  { stream: FRAME_STREAMS.output, group: "dashboard", maxInFlight: 50 },
  metadata,
);
deliveries.on("data", (delivery) => {
  const analysed = decodeFrame(delivery.event.data);
  const occupied = analysed.roiAnalyses.filter((roi) => roi.occupied).map((roi) => roi.region?.id);
  console.log(analysed.cameraId, analysed.frameId, `motion ${analysed.traffic?.motion}`, { occupied });
  client.acknowledge({ stream: delivery.stream, group: "dashboard", ids: [delivery.id] }, metadata, () => {});
});
deliveries.on("error", (error) => console.error("subscription ended:", error.message));
