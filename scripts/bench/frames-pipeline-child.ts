// The full frame pipeline (startFramePipeline: the real three stages with compression and background differencing,
// default settings) in a process of its own, as the FramePipeline service runs it, so that the bench can read its
// CPU time from /proc apart from the producer's. Driven over IPC by scripts/bench/frames.ts (frames-protocol.ts).
import { startFramePipeline } from "@sluice/frames";
import type { ConsumerHost } from "@sluice/streams";
import type { FromPipeline, ToPipeline } from "./frames-protocol.ts";

const send = (message: FromPipeline) => process.send?.(message);
/** EMF metric lines are dropped; anything else (errors, warnings) goes to stderr. */
const write = (line: string) => {
  if (!line.includes('"_aws"')) console.error(`  pipeline: ${line}`);
};

let host: ConsumerHost | undefined;

process.on("message", (message: ToPipeline) => {
  const step =
    message.type === "run"
      ? (async () => {
          const processor = message.compress && { compress: message.compress };
          host = await startFramePipeline({
            redis: message.target,
            consumer: "bench-pipeline",
            write,
            processor,
          });
          send({ type: "running" });
        })()
      : (async () => {
          await host?.stop();
          host = undefined;
          send({ type: "stopped" });
        })();
  step.catch((error: unknown) => {
    console.error("bench frames pipeline:", error);
    process.exit(1);
  });
});
// The bench process owns this one: when it goes, so does the pipeline.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
