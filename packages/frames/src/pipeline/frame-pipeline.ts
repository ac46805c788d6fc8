import {
  type ConsumerHost,
  type ConsumerSpec,
  createRedisClient,
  Producer,
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
  sinks?: FrameSink[];
  /** Default: each stream capped at 50,000 entries, never cutting what a group still needs, every 10 s. */
  retention?: RetentionSchedule;
  write?: (line: string) => void;
}

// Compression is CPU-bound: batches of 16, two at a time, keep both cores busy without hoarding entries. Inference
// runs one batch at a time so each camera's frames update its background in stream order.
const DEFAULT_SETTINGS: Record<FrameStage, RunnerSettings> = {
  processor: { batchSize: 16, concurrency: 2, blockMs: 1000 },
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
  const producer = new Producer(client);
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
        hook: options.hook ?? createBackgroundDifferenceHook({ client }),
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
    settings: { ...DEFAULT_SETTINGS[stage], ...options.settings?.[stage] },
  }));
  try {
    const host = await startConsumerHost({
      redis,
      consumer,
      consumers,
      retention: options.retention ?? { maxLength: FRAME_STREAM_CAP, intervalMs: 10_000 },
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
