// Publish and PublishBatch: for a caller allowed to publish to the stream, events to envelope entries, appended with
// @sluice/streams' Producer, within the gateway's budget of publishes waiting on Redis (publish-limit.ts); idempotency
// keys per event, durability per request over the stream's default (the producer's `settingsFor`).
import { type Caller, type Producer, type SendOptions, streamKeys } from "@sluice/streams";
import type { Authorize } from "./access.ts";
import type { sluice } from "./generated/streaming.js";
import { toEntryInput } from "./messages.ts";
import type { PublishLimit } from "./publish-limit.ts";
import { assertCount, required } from "./request-fields.ts";
import { type LogWriter, publicError, writtenEntryId } from "./status.ts";

export const MAX_BATCH_EVENTS = 1000;

export interface Publisher {
  producer: Producer;
  limit: PublishLimit;
  authorize: Authorize;
}

const payloadBytes = (events: sluice.streaming.v1.IEvent[]) =>
  events.reduce((sum, event) => sum + (event.data?.length ?? 0), 0);

/**
 * `durable` (proto3 `optional`): unset (null) leaves the stream's default; `true` waits for replicas (the stream's
 * numbers, else one replica for 1 s); `false` does not wait, whatever the stream's default.
 */
const sendOptions = (durable: boolean | null | undefined): SendOptions =>
  typeof durable === "boolean" ? { durable } : {};

/** A replay (the idempotency key matched) returns the first publish's id and writes nothing. */
export async function publish(
  { producer, limit, authorize }: Publisher,
  caller: Caller,
  request: sluice.streaming.v1.IPublishRequest,
): Promise<sluice.streaming.v1.IPublishResponse> {
  authorize(caller, "publish", streamKeys(request.stream ?? "").name);
  const event = required("event", request.event);
  const [result] = await limit.run(payloadBytes([event]), () =>
    producer.sendBatch(request.stream ?? "", [toEntryInput(event)], sendOptions(request.durable)),
  );
  if (result === undefined || "error" in result) throw result?.error;
  return { id: result.id, replayed: result.replayed === true };
}

/** Each event succeeds or fails on its own; only a bad stream name or batch size fails the call. */
export async function publishBatch(
  { producer, limit, authorize }: Publisher,
  caller: Caller,
  request: sluice.streaming.v1.IPublishBatchRequest,
  log: LogWriter,
): Promise<sluice.streaming.v1.IPublishBatchResponse> {
  authorize(caller, "publish", streamKeys(request.stream ?? "").name);
  const events = assertCount("events", request.events, 1, MAX_BATCH_EVENTS);
  const results = await limit.run(payloadBytes(events), () =>
    producer.sendBatch(request.stream ?? "", events.map(toEntryInput), sendOptions(request.durable)),
  );
  return {
    results: results.map((result) => {
      if ("id" in result) return { id: result.id, replayed: result.replayed === true };
      const error = publicError(result.error, log, { method: "PublishBatch", stream: request.stream });
      const id = writtenEntryId(result.error);
      return { error: { ...error, ...(id !== undefined && { id }) } };
    }),
  };
}
