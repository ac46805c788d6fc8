// Publish and PublishBatch: events to envelope entries, appended with @sluice/streams' Producer.
import type { Producer } from "@sluice/streams";
import type { sluice } from "./generated/streaming.js";
import { toEntryInput } from "./messages.ts";
import { assertCount, required } from "./request-fields.ts";
import { type LogWriter, publicError } from "./status.ts";

export const MAX_BATCH_EVENTS = 1000;

export async function publish(
  producer: Producer,
  request: sluice.streaming.v1.IPublishRequest,
): Promise<sluice.streaming.v1.IPublishResponse> {
  const event = required("event", request.event);
  return { id: await producer.send(request.stream ?? "", toEntryInput(event)) };
}

/** Each event succeeds or fails on its own; only a bad stream name or batch size fails the call. */
export async function publishBatch(
  producer: Producer,
  request: sluice.streaming.v1.IPublishBatchRequest,
  log: LogWriter,
): Promise<sluice.streaming.v1.IPublishBatchResponse> {
  const events = assertCount("events", request.events, 1, MAX_BATCH_EVENTS);
  const results = await producer.sendBatch(request.stream ?? "", events.map(toEntryInput));
  return {
    results: results.map((result) =>
      "id" in result
        ? { id: result.id }
        : { error: publicError(result.error, log, { method: "PublishBatch", stream: request.stream }) },
    ),
  };
}
