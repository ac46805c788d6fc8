// Conversions between the protobuf messages and @sluice/streams' types: events to envelope entries, stream entries
// to deliveries, stream figures to StreamInfo.
import { type EntryInput, InvalidInputError, type StreamEntry, type StreamStats } from "@sluice/streams";
import { type google, sluice } from "./generated/streaming.js";
import { safeInteger } from "./request-fields.ts";

const { UnconsumedPolicy } = sluice.streaming.v1;
type IEvent = sluice.streaming.v1.IEvent;

/** Epoch milliseconds of a Timestamp (sub-millisecond nanos are dropped), or undefined when unset. */
export function timestampToMs(timestamp: google.protobuf.ITimestamp | null | undefined): number | undefined {
  if (!timestamp) return undefined;
  // Negative times are passed on as they are: the envelope check rejects them with its own message.
  const seconds =
    typeof timestamp.seconds === "number" ? timestamp.seconds : (timestamp.seconds?.toNumber() ?? 0);
  return seconds * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6);
}

export function msToTimestamp(ms: number): google.protobuf.ITimestamp {
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1e6 };
}

/** The envelope entry of an event; empty strings mean "not set", as in proto3. */
export function toEntryInput(event: IEvent): EntryInput {
  const entry: EntryInput = { type: event.type ?? "", data: event.data ?? Buffer.alloc(0) };
  if (event.contentType) entry.contentType = event.contentType;
  if (event.key) entry.key = event.key;
  if (event.traceId) entry.traceId = event.traceId;
  if (event.idempotencyKey) entry.idempotencyKey = event.idempotencyKey;
  const time = timestampToMs(event.producedAt);
  if (time !== undefined) entry.time = time;
  return entry;
}

export function toDelivery(
  stream: string,
  consumer: string,
  entry: StreamEntry,
  deliveries: number,
): sluice.streaming.v1.IDelivery {
  return {
    stream,
    id: entry.id,
    consumer,
    deliveries,
    event: {
      type: entry.type,
      contentType: entry.contentType,
      data: entry.data,
      key: entry.key ?? "",
      traceId: entry.traceId ?? "",
      producedAt: msToTimestamp(entry.time),
    },
  };
}

/** Redis cannot always tell a group's lag (after deletions inside its range): reported as 0 then. */
export function toStreamInfo(stats: StreamStats): sluice.streaming.v1.IStreamInfo {
  return {
    name: stats.name,
    length: stats.length,
    firstId: stats.firstId ?? "",
    lastId: stats.lastId ?? "",
    dlqLength: stats.dlqLength,
    groups: stats.groups.map((group) => ({
      name: group.name,
      consumers: group.consumers,
      pending: group.pending,
      lag: group.lag ?? 0,
      lagAgeMs: group.lagAgeMs,
      oldestPendingAgeMs: group.oldestPendingAgeMs,
      lastDeliveredId: group.lastDeliveredId,
    })),
  };
}

/** A Retention message as applyRetention options; unset fields and 0 mean "no cap". */
export function toRetentionOptions(retention: sluice.streaming.v1.IRetention | null | undefined) {
  const maxLength = safeInteger("retention.max_length", retention?.maxLength);
  const maxAgeMs = safeInteger("retention.max_age_ms", retention?.maxAgeMs);
  return {
    ...(maxLength > 0 && { maxLength }),
    ...(maxAgeMs > 0 && { maxAgeMs }),
    onUnconsumed: unconsumedPolicy(retention?.unconsumed ?? 0),
  };
}

function unconsumedPolicy(value: number): "protect" | "drop" {
  if (value === UnconsumedPolicy.UNCONSUMED_POLICY_DROP) return "drop";
  if (
    value === UnconsumedPolicy.UNCONSUMED_POLICY_PROTECT ||
    value === UnconsumedPolicy.UNCONSUMED_POLICY_UNSPECIFIED
  ) {
    return "protect";
  }
  throw new InvalidInputError(
    "grpc.invalid_argument",
    `retention.unconsumed: UNCONSUMED_POLICY_PROTECT or UNCONSUMED_POLICY_DROP, got ${value}`,
    { details: { field: "retention.unconsumed" } },
  );
}
