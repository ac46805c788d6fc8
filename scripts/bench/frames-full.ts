// Part (d) of the frames bench: the full pipeline (startFramePipeline, the real stages: decode, JPEG encode, quality
// metrics, background differencing, default settings but the JPEG encoder) at saturation on the 640×480 camera
// fixtures (@sluice/frames/testing/camera-fixtures: q95 JPEGs), once per JPEG encoder at its −75% quality.
//
// Per-core figure: the pipeline runs in a child process of its own (frames-pipeline-child.ts), and its CPU time is
// read from /proc/<pid>/stat, which counts every thread of the process: the event loop, libuv's pool where sharp
// runs, and libvips's threads. Running it in the bench process would mix in the producer's encoding and sending,
// and subtracting an estimate of that share is less honest than keeping the two apart. redis-server's CPU is
// reported beside it, not in it: the figure is what one pipeline task costs.
import { setTimeout as sleep } from "node:timers/promises";
import {
  type CompressOptions,
  decodeFrame,
  encodeFrame,
  FRAME_CONTENT_TYPE,
  FRAME_EVENTS,
  FRAME_GROUPS,
  FRAME_STREAMS,
  JPEG_ENCODERS,
  type JpegEncoderName,
  ProcessingStage,
  ProcessingStatus,
} from "@sluice/frames";
import { CAMERA_FIXTURES, cameraJpeg } from "@sluice/frames/testing/camera-fixtures";
import { decodeEntry, type EntryInput, Producer, type RedisClient, streamKeys, typed } from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { closeChild, forkChild, nextMessage, processCpuMs } from "./child-process.ts";
import { cpuMark, cpuSince } from "./cpu.ts";
import type { FeedImage, FromPipeline, ToPipeline } from "./frames-protocol.ts";
import { ingestedFrame, SIZES } from "./frames-scene.ts";
import { inRounds, medianOf } from "./rounds.ts";

const CHILD = new URL("./frames-pipeline-child.ts", import.meta.url);
const CAMERAS = 8;
/** Frames kept waiting for stream_processor: enough for a few of its batches (16, two at a time). */
const BACKLOG = 96;

export interface FullFigures {
  seconds: number;
  completed: number;
  perS: number;
  cpuMs: number;
  perCore: number;
  redisMs: number;
  feederMs: number;
  inputBytes: number;
  sample: string;
}

/** entries-read − pending of a group (Redis 7): entries delivered to it and acknowledged. */
async function groupDone(client: RedisClient, stream: string, group: string): Promise<number> {
  const groups = (await typed(client.xinfo("GROUPS", streamKeys(stream).stream))) as unknown[][];
  for (const flat of groups) {
    const info = new Map<string, unknown>();
    for (let i = 0; i + 1 < flat.length; i += 2) info.set(String(flat[i]), flat[i + 1]);
    if (info.get("name") !== group) continue;
    return Number(info.get("entries-read") ?? 0) - Number(info.get("pending") ?? 0);
  }
  return 0;
}

async function groupLag(client: RedisClient, stream: string, group: string): Promise<number> {
  const groups = (await typed(client.xinfo("GROUPS", streamKeys(stream).stream))) as unknown[][];
  for (const flat of groups) {
    const info = new Map<string, unknown>();
    for (let i = 0; i + 1 < flat.length; i += 2) info.set(String(flat[i]), flat[i + 1]);
    if (info.get("name") === group) return Number(info.get("lag") ?? 0);
  }
  return 0;
}

/** The newest frame on frames.output, described: proof the stages did their work. */
async function describeLast(client: RedisClient): Promise<string> {
  const rows = (await typed(
    client.xrevrangeBuffer(streamKeys(FRAME_STREAMS.output).stream, "+", "-", "COUNT", 1),
  )) as [Buffer, Buffer[]][];
  const row = rows[0];
  if (!row) return "frames.output is empty";
  const decoded = decodeEntry(row[0].toString(), row[1]);
  if ("foreign" in decoded) return decoded.foreign;
  const frame = decodeFrame(decoded.entry.data);
  const image = frame.image;
  return (
    `${ProcessingStage[frame.stage]} ${ProcessingStatus[frame.status]}, ${image?.width}×${image?.height} ` +
    `${(image?.originalBytes ?? 0) / 1000} KB → ${(image?.data?.length ?? 0) / 1000} KB q${image?.quality}, ` +
    `sharpness ${(frame.quality?.sharpness ?? 0).toFixed(0)}, motion ${(frame.traffic?.motion ?? 0).toFixed(3)}, ` +
    `occupancy ${(frame.traffic?.occupancy ?? 0).toFixed(3)}, ${frame.roiAnalyses.length} ROI analyses`
  );
}

/** Keeps stream_processor's lag on frames.input at BACKLOG frames until `stop` is aborted. */
async function keepFed(client: RedisClient, images: FeedImage[], signal: AbortSignal): Promise<number> {
  const producer = new Producer(client);
  let n = 0;
  while (!signal.aborted) {
    const lag = await groupLag(client, FRAME_STREAMS.input, FRAME_GROUPS.processor);
    const entries: EntryInput[] = [];
    for (let i = lag; i < BACKLOG; i++, n++) {
      const camera = `cam-${n % CAMERAS}`;
      const image = images[Math.floor(n / CAMERAS) % images.length] as FeedImage;
      const frame = ingestedFrame(n, camera, image, Date.now());
      entries.push({
        type: FRAME_EVENTS.ingested,
        contentType: FRAME_CONTENT_TYPE,
        data: encodeFrame(frame),
        key: camera,
      });
    }
    if (entries.length > 0) {
      const results = await producer.sendBatch(FRAME_STREAMS.input, entries);
      const failed = results.find((result) => "error" in result);
      if (failed && "error" in failed) throw failed.error;
    }
    await sleep(25);
  }
  return n;
}

export async function fullPipelineRun(
  server: RedisServer,
  client: RedisClient,
  options: { warmupSeconds: number; seconds: number; compress: CompressOptions },
  log: (line: string) => void,
): Promise<FullFigures> {
  const size = SIZES.vga;
  // Each camera goes round the fixtures, so the background model sees change.
  const images = await Promise.all(
    CAMERA_FIXTURES.map(async (fixture) => ({
      data: await cameraJpeg(fixture, size.width, size.height),
      ...size,
    })),
  );
  const inputBytes = Math.round(images.reduce((sum, image) => sum + image.data.length, 0) / images.length);
  const child = await forkChild(CHILD);
  const pid = child.pid as number;
  const stop = new AbortController();
  let feeding: Promise<number> | undefined;
  try {
    const running = nextMessage<FromPipeline>(child, "running");
    child.send({ type: "run", target: server.target, compress: options.compress } satisfies ToPipeline);
    await running;
    feeding = keepFed(client, images, stop.signal);
    feeding.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
    await sleep(options.warmupSeconds * 1000);
    const mark = async () => ({
      at: performance.now(),
      done: await groupDone(client, FRAME_STREAMS.output, FRAME_GROUPS.output),
      cpuMs: await processCpuMs(pid),
      cpu: await cpuMark(client),
    });
    const start = await mark();
    log(`  warm: ${start.done} frames through the pipeline after ${options.warmupSeconds} s`);
    await sleep(options.seconds * 1000);
    const end = await mark();
    const used = await cpuSince(client, start.cpu);
    stop.abort();
    await feeding;
    const stopped = nextMessage<FromPipeline>(child, "stopped");
    child.send({ type: "stop" } satisfies ToPipeline);
    await stopped;
    const seconds = (end.at - start.at) / 1000;
    const completed = end.done - start.done;
    const cpuMs = end.cpuMs - start.cpuMs;
    return {
      seconds,
      completed,
      perS: completed / seconds,
      cpuMs,
      perCore: completed / (cpuMs / 1000),
      redisMs: used.redisMs,
      feederMs: used.selfMs,
      inputBytes,
      sample: await describeLast(client),
    };
  } finally {
    stop.abort();
    await feeding?.catch(() => {});
    await closeChild(child);
    await client.flushall("ASYNC");
  }
}

export interface FullComparison {
  /** Each encoder's runs, in round order. */
  runs: Record<JpegEncoderName, FullFigures[]>;
  /** Median over the rounds of frames per CPU-second of the pipeline process. */
  perCore: Record<JpegEncoderName, number>;
}

/** The full pipeline with each JPEG encoder (at its default, −75% quality), in rotating rounds. */
export async function fullPipelineRounds(
  server: RedisServer,
  client: RedisClient,
  options: { rounds: number; warmupSeconds: number; seconds: number },
  log: (line: string) => void,
): Promise<FullComparison> {
  const names = Object.keys(JPEG_ENCODERS) as JpegEncoderName[];
  const runs = await inRounds(
    options.rounds,
    Object.fromEntries(
      names.map((jpegEncoder) => [
        jpegEncoder,
        () => fullPipelineRun(server, client, { ...options, compress: { jpegEncoder } }, log),
      ]),
    ) as Record<JpegEncoderName, () => Promise<FullFigures>>,
    (line) => log(`  ${line}`),
  );
  const perCore = Object.fromEntries(names.map((name) => [name, medianOf(runs[name], (f) => f.perCore)]));
  return { runs, perCore: perCore as Record<JpegEncoderName, number> };
}
