// GetStreamInfo, ListStreams and GetMetrics: read-only figures from @sluice/streams' catalog and stats.
import { describeStream, listStreams, type RedisClient, streamKeys, streamStats } from "@sluice/streams";
import type { sluice } from "./generated/streaming.js";
import { msToTimestamp, toStreamInfo } from "./messages.ts";
import { assertCount, countOrDefault } from "./request-fields.ts";

export const MAX_LIST = 1000;
export const MAX_METRICS_STREAMS = 100;

/** NOT_FOUND when neither the stream nor its dead-letter stream exists. */
export async function getStreamInfo(
  client: RedisClient,
  request: sluice.streaming.v1.IGetStreamInfoRequest,
): Promise<sluice.streaming.v1.IStreamInfo> {
  return toStreamInfo(await describeStream(client, request.stream ?? ""));
}

export async function listStreamSummaries(
  client: RedisClient,
  request: sluice.streaming.v1.IListStreamsRequest,
): Promise<sluice.streaming.v1.IListStreamsResponse> {
  const limit = countOrDefault("limit", request.limit, MAX_LIST, MAX_LIST);
  const { streams, truncated } = await listStreams(client, { limit });
  return { streams, truncated };
}

/** A stream that does not exist reports zeros rather than failing the whole dashboard query. */
export async function getMetrics(
  client: RedisClient,
  request: sluice.streaming.v1.IGetMetricsRequest,
): Promise<sluice.streaming.v1.IGetMetricsResponse> {
  const names = assertCount("streams", request.streams, 1, MAX_METRICS_STREAMS);
  const keys = names.map(streamKeys);
  const readAt = Date.now();
  const stats = await Promise.all(keys.map((k) => streamStats(client, k)));
  return { streams: stats.map(toStreamInfo), readAt: msToTimestamp(readAt) };
}
