import type { BatchHandler, EntryFailure, HandlerContext } from "@sluice/streams";
import type { ProcessedFrame } from "../codec.ts";
import { readFrame } from "./frame-entry.ts";

/** Where `output_consumers` hands finished frames: a store, a notifier, an alerting rule. */
export type FrameSink = (frames: ProcessedFrame[], context: HandlerContext) => Promise<void> | void;

/**
 * The `output_consumers` group's handler, the pipeline's fan-out point: decodes each batch of finished frames once
 * and gives it to every sink. A sink that throws fails the batch (retried, then bisected down to the frame at
 * fault), so a frame is acknowledged only once every sink took it. Entries that are not frames are dead-lettered;
 * frames are validated unless read from one of the pipeline's own streams (readFrame).
 */
export function createOutputHandler(sinks: FrameSink[] = []): BatchHandler {
  return async (entries, context) => {
    const failures: EntryFailure[] = [];
    const frames: ProcessedFrame[] = [];
    for (const entry of entries) {
      try {
        frames.push(readFrame(entry, context.stream));
      } catch (error) {
        failures.push({ id: entry.id, error });
      }
    }
    if (frames.length > 0) await Promise.all(sinks.map((sink) => sink(frames, context)));
    return { failures };
  };
}
