// Fargate main of the FramePipeline service: the frame pipeline's consumer groups (stream_processor on frames.input,
// ml_inference on frames.processed, output_consumers on frames.output; SLUICE_FRAMES_STAGES picks a subset), each
// stream capped at 50,000 entries by group-aware retention, publishing with the stream table's settings (frames.*),
// EMF metrics on stdout, and on SIGTERM/SIGINT a graceful stop (in-flight batches finish or are handed back,
// connections close, exit 0). `npm start` runs the same function.
import { startFramePipeline } from "@sluice/frames";
import type { ConsumerHost } from "@sluice/streams";
import { resolveConsumerName } from "../config/consumer-name.ts";
import { type FramesConfig, loadFramesConfig } from "../config/frames.ts";
import { describeRedis } from "../config/redis-url.ts";
import { isMain, mainLog, stopOnSignals } from "../shared/main-lifecycle.ts";
import { producerPolicy } from "../shared/stream-access.ts";

/** Starts the pipeline stages of a configuration; `write` takes log and metric lines (default stdout). */
export function runFramePipeline(
  config: FramesConfig,
  write?: (line: string) => void,
): Promise<ConsumerHost> {
  const shutdownTimeoutMs = config.shutdownTimeoutMs;
  const settings = { shutdownTimeoutMs };
  return startFramePipeline({
    redis: config.redis,
    consumer: resolveConsumerName(),
    stages: config.stages,
    settings: { processor: settings, inference: settings, output: settings },
    processor: { crops: config.crops },
    ...(config.maxCameraModels !== undefined && { maxCameraModels: config.maxCameraModels }),
    settingsFor: producerPolicy,
    ...(write && { write }),
  });
}

if (isMain(import.meta)) {
  const config = loadFramesConfig();
  const { consumer, stop } = await runFramePipeline(config);
  const log = mainLog({ consumer });
  log("frame pipeline started", {
    stages: config.stages,
    crops: config.crops,
    redis: describeRedis(config.redis),
  });
  stopOnSignals("frame pipeline", log, stop);
}
