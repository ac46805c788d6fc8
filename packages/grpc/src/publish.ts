// Publish and PublishBatch: events to envelope entries, appended with @sluice/streams' Producer, within the gateway's
// budget of publishes waiting on Redis (publish-limit.ts).
import type { Producer } from "@sluice/streams";
import type { sluice } from "./generated/streaming.js";
import { toEntryInput } from "./messages.ts";
import type { PublishLimit } from "./publish-limit.ts";
import { assertCount, required } from "./request-fields.ts";
import { type LogWriter, publicError } from "./status.ts";

export const MAX_BATCH_EVENTS = 1000;

export interface Publisher {
  producer: Producer;
  limit: PublishLimit;
}

const payloadBytes = (events: sluice.streaming.v1.IEvent[]) =>
  events.reduce((sum, event) => sum + (event.data?.length ?? 0), 0);

export async function publish(
  { producer, limit }: Publisher,
  request: sluice.streaming.v1.IPublishRequest,
): Promise<sluice.streaming.v1.IPublishResponse> {
  const event = required("event", request.event);
  const id = await limit.run(payloadBytes([event]), () =>
    producer.send(request.stream ?? "", toEntryInput(event)),
  );
  return { id };
}

/** Each event succeeds or fails on its own; only a bad stream name or batch size fails the call. */
export async function publishBatch(
  { producer, limit }: Publisher,
  request: sluice.streaming.v1.IPublishBatchRequest,
  log: LogWriter,
): Promise<sluice.streaming.v1.IPublishBatchResponse> {
  const events = assertCount("events", request.events, 1, MAX_BATCH_EVENTS);
  const results = await limit.run(payloadBytes(events), () =>
    producer.sendBatch(request.stream ?? "", events.map(toEntryInput)),
  );
  return {
    results: results.map((result) =>
      "id" in result
        ? { id: result.id }
        : { error: publicError(result.error, log, { method: "PublishBatch", stream: request.stream }) },
    ),
  };
}
