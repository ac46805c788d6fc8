// GetStreamInfo, ListStreams and GetMetrics: read-only figures from @sluice/streams' catalog and stats, each for a
// caller allowed to read the streams it names; ListStreams lists only those.
import {
  type Caller,
  describeStream,
  listStreams,
  type RedisClient,
  streamKeys,
  streamStats,
} from "@sluice/streams";
import { type Authorize, permits } from "./access.ts";
import type { sluice } from "./generated/streaming.js";
import { msToTimestamp, toStreamInfo } from "./messages.ts";
import { assertCount, countOrDefault } from "./request-fields.ts";

export const MAX_LIST = 1000;
export const MAX_METRICS_STREAMS = 100;

/** NOT_FOUND when neither the stream nor its dead-letter stream exists. */
export async function getStreamInfo(
  client: RedisClient,
  authorize: Authorize,
  caller: Caller,
  request: sluice.streaming.v1.IGetStreamInfoRequest,
): Promise<sluice.streaming.v1.IStreamInfo> {
  const { name } = streamKeys(request.stream ?? "");
  authorize(caller, "read", name);
  return toStreamInfo(await describeStream(client, name));
}

/** `limit` counts the streams looked at: fewer come back when the caller may not read some of them. */
export async function listStreamSummaries(
  client: RedisClient,
  authorize: Authorize,
  caller: Caller,
  request: sluice.streaming.v1.IListStreamsRequest,
): Promise<sluice.streaming.v1.IListStreamsResponse> {
  const limit = countOrDefault("limit", request.limit, MAX_LIST, MAX_LIST);
  const { streams, truncated } = await listStreams(client, { limit });
  return {
    streams: streams.filter((summary) => permits(authorize, caller, "read", summary.name)),
    truncated,
  };
}

/** A stream that does not exist reports zeros rather than failing the whole dashboard query. */
export async function getMetrics(
  client: RedisClient,
  authorize: Authorize,
  caller: Caller,
  request: sluice.streaming.v1.IGetMetricsRequest,
): Promise<sluice.streaming.v1.IGetMetricsResponse> {
  const names = assertCount("streams", request.streams, 1, MAX_METRICS_STREAMS);
  const keys = names.map(streamKeys);
  for (const { name } of keys) authorize(caller, "read", name);
  const readAt = Date.now();
  const stats = await Promise.all(keys.map((k) => streamStats(client, k)));
  return { streams: stats.map(toStreamInfo), readAt: msToTimestamp(readAt) };
}
