import { emfSink } from "@sluice/observability";
import {
  type ConsumerHost,
  type ConsumerSpec,
  createRedisClient,
  Producer,
  type ProducerOptions,
  platformCapability,
  type RedisConnectionConfig,
  type RetentionSchedule,
  type RunnerSettings,
  startConsumerHost,
} from "@sluice/streams";
import { createBackgroundDifferenceHook } from "./background-difference-hook.ts";
import { FRAME_GROUPS, FRAME_STREAM_CAP, FRAME_STREAMS } from "./frame-streams.ts";
import { createInferenceHandler, type InferenceHook } from "./inference.ts";
import { createOutputHandler, type FrameSink } from "./output.ts";
import { createStreamProcessor, type StreamProcessorOptions } from "./stream-processor.ts";

export type FrameStage = "processor" | "inference" | "output";

export interface FramePipelineOptions {
  redis: RedisConnectionConfig;
  /** Tied to the compute: ECS task id, host and pid. */
  consumer: string;
  /** The stages this host runs (default all three). */
  stages?: FrameStage[];
  /** Runner settings per stage, over the defaults below. */
  settings?: Partial<Record<FrameStage, RunnerSettings>>;
  processor?: Omit<StreamProcessorOptions, "producer">;
  /** Default: background differencing (createBackgroundDifferenceHook). */
  hook?: InferenceHook;
  /** The default hook's bound on camera models (its `maxModels`, default DEFAULT_MAX_CAMERA_MODELS). */
  maxCameraModels?: number;
  sinks?: FrameSink[];
  /** Default FRAME_RETENTION. */
  retention?: RetentionSchedule;
  /** The frame streams' publish settings (the Producer's `settingsFor`, e.g. the platform's stream table). */
  settingsFor?: ProducerOptions["settingsFor"];
  write?: (line: string) => void;
}

/**
 * Each frame stream keeps at most 50,000 entries: what every group acknowledged goes first, and past the cap the
 * oldest frames are dropped even if a group has not read them (counted exactly, as the EntriesDroppedUnconsumed
 * metric). A stalled stage or an abandoned group must not fill Redis with frames, which would stop every stream on
 * the server; and a frame minutes old is worth less than the live one behind it. Checked every 250 ms: frames are
 * acknowledged within milliseconds, and Redis reuses the memory of frames trimmed that soon while it is still
 * mapped. Trimmed every 10 s, a 9 KB frame's three XADDs cost redis-server about 2.5 fresh pages each (page faults:
 * 47 µs per XADD against 7 µs, measured with 60,000 XADDs trimmed every 30,000 and every 1,000 entries), and at
 * 4,000 frames/s the three streams would hold about 1 GB of frames already passed on. Each pass is one Lua call
 * per stream, and one EMF line per stream (12 lines a second).
 */
export const FRAME_RETENTION: RetentionSchedule = {
  maxLength: FRAME_STREAM_CAP,
  onUnconsumed: "drop",
  intervalMs: 250,
};

// Each stage runs one batch at a time per consumer, so a consumer passes a camera's frames on in stream order (two
// batches at once would interleave them); the processor keeps the cores busy within a batch instead (4 frames at a
// time on libuv's thread pool, StreamProcessorOptions.parallelism), and batches of 16 do not hoard entries.
export const FRAME_STAGE_SETTINGS: Record<FrameStage, RunnerSettings> = {
  processor: { batchSize: 16, concurrency: 1, blockMs: 1000 },
  inference: { batchSize: 64, concurrency: 1, blockMs: 1000 },
  output: { batchSize: 100, concurrency: 1, blockMs: 1000 },
};

/**
 * Runs the frame pipeline's consumer groups on the foundation's runner: stream_processor on frames.input,
 * ml_inference on frames.processed, output_consumers on frames.output, with group-aware retention capping each
 * stream. What the FramePipeline Fargate service and `npm start` run.
 */
export async function startFramePipeline(options: FramePipelineOptions): Promise<ConsumerHost> {
  const { redis, consumer, stages = ["processor", "inference", "output"], write } = options;
  // The stages' own writes (frames to the next stream, background models) share one command connection.
  const client = createRedisClient({ connectionName: `sluice:${consumer}:frames`, ...redis });
  client.on("error", () => {});
  // Refused writes between stages count as PublishFailures, like every producer's.
  const producer = new Producer(client, {
    metrics: emfSink(write),
    ...(options.settingsFor && { settingsFor: options.settingsFor }),
    // The stages alone write the streams after ingest (the catalog reserves them to the pipeline).
    platform: platformCapability(FRAME_STREAMS.processed, FRAME_STREAMS.output),
  });
  const handlers: Record<FrameStage, () => ConsumerSpec> = {
    processor: () => ({
      stream: FRAME_STREAMS.input,
      group: FRAME_GROUPS.processor,
      handler: createStreamProcessor({ ...options.processor, producer }),
    }),
    inference: () => ({
      stream: FRAME_STREAMS.processed,
      group: FRAME_GROUPS.inference,
      handler: createInferenceHandler({
        producer,
        hook:
          options.hook ??
          createBackgroundDifferenceHook({
            client,
            ...(options.maxCameraModels !== undefined && { maxModels: options.maxCameraModels }),
          }),
      }),
    }),
    output: () => ({
      stream: FRAME_STREAMS.output,
      group: FRAME_GROUPS.output,
      handler: createOutputHandler(options.sinks),
    }),
  };
  const consumers = stages.map((stage) => ({
    ...handlers[stage](),
    settings: { ...FRAME_STAGE_SETTINGS[stage], ...options.settings?.[stage] },
  }));
  try {
    const host = await startConsumerHost({
      redis,
      consumer,
      consumers,
      retention: options.retention ?? FRAME_RETENTION,
      ...(write && { write }),
    });
    return {
      ...host,
      stop: async () => {
        await host.stop();
        client.disconnect();
      },
    };
  } catch (error) {
    client.disconnect();
    throw error;
  }
}
