// Part (c) of the frames bench: the pipeline's transport path without image work. Compressed frames go through
// frames.input → frames.processed → frames.output, each stage on the real runner (startConsumerHost, the pipeline's
// runner settings and retention), each reading the frame and passing it on with its new stage as the pipeline's
// stages do (readFrame, frameEntry: not validated again, the stage appended to the frame's bytes, same key, trace
// and producer time); output_consumers runs the real createOutputHandler (decode, no sinks). The processor's whole
// re-encode (its new image replaces the camera's) is part of its image work, measured in (d). Latency: from each
// entry's producer time (its publish time, see frames-feed.ts) to the moment output_consumers' XACK for it was
// confirmed (the runner's onAcknowledged).

import type { ChildProcess } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import {
  createOutputHandler,
  encodeFrame,
  FRAME_EVENTS,
  FRAME_GROUPS,
  FRAME_RETENTION,
  FRAME_STAGE_SETTINGS,
  FRAME_STREAMS,
  frameEntry,
  ProcessingStage,
  parseFrame,
  readFrame,
} from "@sluice/frames";
import { percentileOfSorted } from "@sluice/observability";
import {
  type BatchHandler,
  type ConsumerSpec,
  createRedisClient,
  type EntryFailure,
  type EntryInput,
  Producer,
  type RedisClient,
  type StreamEntry,
  startConsumerHost,
} from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { nextMessage } from "./child-process.ts";
import { cpuMark, cpuSince } from "./cpu.ts";
import { feedPaced } from "./frames-feed.ts";
import type { FeedFrame, FeedJob, FeedResult, FromFeeder, ToFeeder } from "./frames-protocol.ts";
import { sortSamples } from "./percentiles.ts";
import { now } from "./streams-protocol.ts";

/** The pipeline's own runner settings. */
const SETTINGS = FRAME_STAGE_SETTINGS;
/** The warm-up (JIT, connections, groups) runs at most this rate, so that it leaves no backlog behind. */
const WARMUP_RATE = 1000;

export interface TransportOptions {
  rate: number;
  warmupSeconds: number;
  seconds: number;
  /** How long to wait for the last frames after the producer is done before giving up on them. */
  drainSeconds: number;
  /** The producer in a child process (default) or in the bench process, on the consumers' event loop. */
  producer: "child" | "inline";
  stages: StageMode;
}

/**
 * How the stages pass frames on: `append`, as the pipeline's stages do; `rebuild`, as they did before (each frame
 * validated when decoded, encoded whole again, validated again, the streams trimmed every 10 s), the peer the bench
 * runs beside it. Both encode with today's writer, so `rebuild` leaves out what protobuf.js's writer cost besides.
 */
export type StageMode = "append" | "rebuild";

/** The streams' retention before it ran every 250 ms. */
const REBUILD_RETENTION = { ...FRAME_RETENTION, intervalMs: 10_000 };

export interface TransportFigures {
  rate: number;
  seconds: number;
  sent: number;
  /** Frames acknowledged by output_consumers within the measured window, per second of it. */
  deliveredPerS: number;
  /** Frames of the measured window: acknowledged at the end, and not (by the drain deadline). */
  measured: number;
  undelivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** p95 counts undelivered frames at their age at the drain deadline, so it is a lower bound when any are. */
  p95LowerBound: boolean;
  feed: FeedResult;
  /**
   * Frames the three stages passed on between the CPU marks, in whole journeys: the entries the stages handled
   * over 3, so that frames still on their way at the end (an overloaded run) count for the hops they made. What the
   * stages' and redis-server's CPU time is divided by (the producer's is divided by the frames it sent).
   */
  work: number;
  /** CPU ms over the run: the bench process (the three stages, plus the producer when inline), the producer's
   * child process (when there is one), redis-server. */
  cpu: { benchMs: number; producerChildMs: number | undefined; redisMs: number };
  eventLoopP99Ms: number;
  batches: number[];
  problems: string[];
}

/** CPU µs per frame of each process over a run, and their sum (producer undefined when it ran in the bench). */
export interface CpuPerFrame {
  producer: number | undefined;
  stages: number;
  redis: number;
  total: number;
}

/**
 * The stages' and redis-server's CPU divided by the frames delivered between the marks, the producer's by the frames
 * it sent. With the producer inline, `stages` holds its CPU too, and `total` is still the sum of all.
 */
export function cpuPerFrame({ cpu, work, sent }: TransportFigures): CpuPerFrame {
  const producer = cpu.producerChildMs === undefined ? undefined : (cpu.producerChildMs * 1000) / sent;
  const stages = (cpu.benchMs * 1000) / work;
  const redis = (cpu.redisMs * 1000) / work;
  return { producer, stages, redis, total: (producer ?? 0) + stages + redis };
}

/**
 * A stage minus its image work, as the pipeline's stages pass frames on: read the frame (not validated again: it
 * comes from a pipeline stream), append its new stage to its bytes (frameEntry), send the batch to the next stream in
 * one round trip.
 */
function passThrough(
  producer: Producer,
  output: string,
  stage: ProcessingStage,
  type: string,
  mode: StageMode,
): BatchHandler {
  const pass = (entry: StreamEntry, stream: string): EntryInput => {
    if (mode === "append") return frameEntry(entry, readFrame(entry, stream), { stage }, type);
    const frame = parseFrame(entry.data, entry.contentType);
    frame.stage = stage;
    return { ...frameEntry(entry, frame, {}, type), data: encodeFrame(frame) };
  };
  return async (entries, context) => {
    const failures: EntryFailure[] = [];
    const inputs: EntryInput[] = [];
    const from: StreamEntry[] = [];
    for (const entry of entries) {
      try {
        inputs.push(pass(entry, context.stream));
        from.push(entry);
      } catch (error) {
        failures.push({ id: entry.id, error });
      }
    }
    const results = await producer.sendBatch(output, inputs);
    results.forEach((result, i) => {
      if ("error" in result) failures.push({ id: (from[i] as StreamEntry).id, error: result.error });
    });
    return { failures };
  };
}

/** Latency bookkeeping on output_consumers' acknowledgements; entries carry their sequence as trace id bench-<n>. */
class Deliveries {
  readonly ackTimes: number[] = [];
  readonly latencies: number[] = [];
  readonly #measuredFrom: number;
  delivered = 0;
  measuredDelivered = 0;

  constructor(measuredFrom: number) {
    this.#measuredFrom = measuredFrom;
  }

  onAcknowledged = (entries: StreamEntry[]): void => {
    const at = now();
    for (const entry of entries) {
      this.delivered += 1;
      this.ackTimes.push(at);
      if (Number(entry.traceId?.slice(6)) < this.#measuredFrom) continue;
      this.measuredDelivered += 1;
      this.latencies.push(at - entry.time);
    }
  };
}

/** Host log lines: EMF metric lines are dropped, anything else (errors, warnings) goes to stderr. */
const write = (line: string) => {
  if (!line.includes('"_aws"')) console.error(`  host: ${line}`);
};

async function feed(
  server: RedisServer,
  job: FeedJob,
  mode: TransportOptions["producer"],
  child: ChildProcess | undefined,
): Promise<FeedResult> {
  if (mode === "child" && child) {
    const done = nextMessage<Extract<FromFeeder, { type: "done" }>>(child, "done");
    child.send({ type: "run", job } satisfies ToFeeder);
    return (await done).result;
  }
  const client = createRedisClient({ ...server.target, connectionName: "bench-frames-feed" });
  try {
    return await feedPaced(new Producer(client), job);
  } finally {
    client.disconnect();
  }
}

/** output_consumers before: every frame validated when decoded. */
const validatingOutput: BatchHandler = (entries) => {
  const failures: EntryFailure[] = [];
  for (const entry of entries) {
    try {
      parseFrame(entry.data, entry.contentType);
    } catch (error) {
      failures.push({ id: entry.id, error });
    }
  }
  return { failures };
};

function stages(producer: Producer, deliveries: Deliveries, mode: StageMode): ConsumerSpec[] {
  return [
    {
      stream: FRAME_STREAMS.input,
      group: FRAME_GROUPS.processor,
      handler: passThrough(
        producer,
        FRAME_STREAMS.processed,
        ProcessingStage.PROCESSING_STAGE_PROCESSED,
        FRAME_EVENTS.processed,
        mode,
      ),
      settings: SETTINGS.processor,
    },
    {
      stream: FRAME_STREAMS.processed,
      group: FRAME_GROUPS.inference,
      handler: passThrough(
        producer,
        FRAME_STREAMS.output,
        ProcessingStage.PROCESSING_STAGE_ANALYZED,
        FRAME_EVENTS.analyzed,
        mode,
      ),
      settings: SETTINGS.inference,
    },
    {
      stream: FRAME_STREAMS.output,
      group: FRAME_GROUPS.output,
      handler: mode === "append" ? createOutputHandler() : validatingOutput,
      settings: { ...SETTINGS.output, onAcknowledged: deliveries.onAcknowledged },
    },
  ];
}

/** Waits until `count` frames in all were delivered, or the deadline (performance.now() ms) passed. */
async function drain(deliveries: Deliveries, count: number, deadline: number): Promise<void> {
  while (deliveries.delivered < count && performance.now() < deadline) await sleep(20);
}

/**
 * One run at `rate` frames/s on fresh streams: the host starts, a warm-up feed (JIT, connections, groups; at most
 * WARMUP_RATE) is delivered, then the measured feed of rate × seconds frames; the Redis is flushed afterwards.
 */
export async function transportRun(
  server: RedisServer,
  client: RedisClient,
  frames: FeedFrame[],
  options: TransportOptions,
  feeder: ChildProcess | undefined,
): Promise<TransportFigures> {
  const { rate, warmupSeconds, seconds } = options;
  const warmup: FeedJob = {
    target: server.target,
    stream: FRAME_STREAMS.input,
    rate: Math.min(rate, WARMUP_RATE),
    seconds: warmupSeconds,
    from: 0,
    frames,
  };
  const measuredFrom = Math.round(warmup.rate * warmupSeconds);
  const deliveries = new Deliveries(measuredFrom);
  const stagesClient = createRedisClient({ ...server.target, connectionName: "bench-frames-stages" });
  const host = await startConsumerHost({
    redis: server.target,
    consumer: "bench-frames",
    consumers: stages(new Producer(stagesClient), deliveries, options.stages),
    retention: options.stages === "append" ? FRAME_RETENTION : REBUILD_RETENTION,
    write,
  });
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let stopping: Promise<void> | undefined;
  try {
    const warm = await feed(server, warmup, options.producer, feeder);
    await drain(deliveries, warm.sent, performance.now() + options.drainSeconds * 1000);
    const handled = () => host.runners.reduce((sum, runner) => sum + runner.totals.processed, 0);
    const mark = await cpuMark(client);
    const handledBefore = handled();
    loop.enable();
    const job = { ...warmup, rate, seconds, from: measuredFrom };
    const fed = await feed(server, job, options.producer, feeder);
    await drain(deliveries, warm.sent + fed.sent, performance.now() + options.drainSeconds * 1000);
    const drainedAt = now();
    loop.disable();
    const used = await cpuSince(client, mark);
    const work = (handled() - handledBefore) / 3;
    stopping = host.stop();
    await stopping;

    // Frames acknowledged within the measured feed's window, whatever their age, per second of it.
    const windowEnd = fed.startedAt + seconds * 1000;
    const inWindow = deliveries.ackTimes.filter((at) => at >= fed.startedAt && at < windowEnd).length;
    const measured = fed.sent;
    const undelivered = measured - deliveries.measuredDelivered;
    // An undelivered frame was sent no later than maxBehindMs after its schedule: its latency is at least its age
    // at the drain deadline by that reckoning. Counting them as the youngest frames keeps this a lower bound.
    const samples = Float64Array.from(deliveries.latencies);
    const lowerBounds = Array.from(
      { length: undelivered },
      (_, i) => drainedAt - (fed.startedAt + ((fed.sent - 1 - i) * 1000) / rate) - fed.maxBehindMs,
    );
    const all = sortSamples(Float64Array.from([...samples, ...lowerBounds]));
    const delivered = sortSamples(samples);
    const totals = host.runners.map((runner) => runner.totals);
    const problems = [
      warm.failed + fed.failed > 0 &&
        `${warm.failed + fed.failed} frames refused (${fed.firstError ?? warm.firstError})`,
      totals.some((t) => t.failed + t.deadLettered > 0) && "handler failures or dead letters",
      undelivered > 0 && `${undelivered} of ${measured} measured frames not delivered within the drain time`,
      deliveries.delivered > warm.sent + fed.sent &&
        `${deliveries.delivered} acknowledgements for ${warm.sent + fed.sent} frames`,
    ].filter((problem) => problem !== false);
    return {
      rate,
      seconds,
      sent: fed.sent,
      deliveredPerS: inWindow / seconds,
      measured,
      undelivered,
      p50: percentileOfSorted(delivered, 50),
      p95: percentileOfSorted(all, 95),
      p99: percentileOfSorted(delivered, 99),
      max: percentileOfSorted(delivered, 100),
      p95LowerBound: undelivered > 0,
      feed: fed,
      work,
      cpu: {
        benchMs: used.selfMs,
        producerChildMs: options.producer === "child" ? fed.cpuMs : undefined,
        redisMs: used.redisMs,
      },
      eventLoopP99Ms: loop.percentile(99) / 1e6,
      batches: totals.map((t) => t.batches),
      problems,
    };
  } finally {
    await (stopping ?? host.stop()).catch(() => {});
    stagesClient.disconnect();
    await client.flushall("ASYNC");
  }
}
