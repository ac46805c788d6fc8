// Send a camera frame into the pipeline with POST /v1/frames (the one writer of frames.input: the platform reserves
// its streams, so a gRPC Publish to it is refused), then follow analysed frames over gRPC as a consumer group of
// your own (docs/frames.md, docs/grpc.md). Run against `npm start` (HTTP on 127.0.0.1:3000, gRPC on
// 127.0.0.1:50051). Type-checked in CI.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { credentials, Metadata } from "@grpc/grpc-js";
import { decodeFrame, encodeFrame, FRAME_STREAMS, timestampFromMs } from "@sluice/frames";
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
const sent = await fetch("http://127.0.0.1:3000/v1/frames", {
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/x-protobuf" },
  body: frame,
  signal: AbortSignal.timeout(5000),
});
console.log(sent.ok ? `published ${JSON.stringify(await sent.json())}` : `refused: ${await sent.text()}`);

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
