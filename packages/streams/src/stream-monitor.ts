import { Dimension, type MetricsSink, StreamMetric } from "@sluice/observability";
import type { RedisClient } from "./connection.ts";
import { InvalidInputError, toStreamsError, typed, UnavailableError } from "./errors.ts";
import { groupStateData, knownLag, streamStateData } from "./group-state-metrics.ts";
import { mapLimit } from "./map-limit.ts";
import { type StreamKeys, streamKeys } from "./names.ts";
import { fieldMap } from "./reply.ts";
import { type ObservedGroup, trackGroupActivity, unattended } from "./stale-groups.ts";
import { scanStreamNames } from "./stream-scan.ts";
import { type StreamStats, streamStats } from "./stream-stats.ts";

export interface StreamMonitorOptions {
  /** The caller's client; a cluster client is asked on every master. */
  client: RedisClient;
  metrics: MetricsSink;
  /**
   * A consumer whose last read (XINFO CONSUMERS `idle`) is younger than this is active (default 60000 ms). A
   * runner blocks in reads of at most a few seconds, so a live one stays far below it even on an empty stream.
   */
  livenessMs?: number;
  /** Streams read at once (default 16). */
  concurrency?: number;
  /** A group that has held entries unread this long (no active consumer, no progress) is stale (default 1 h). */
  staleAfterMs?: number;
  /**
   * Streams that get series of their own (default 200): those with work nobody does (stale groups among them) or
   * dead letters first, then the longest. The others are folded into one series, Stream `(others)` (and Group
   * `(others)`), each figure at its maximum over them: so callers' streams (up to their quota) cannot multiply the
   * metrics, and the stream alarms still see trouble in any of them.
   */
  maxStreamSeries?: number;
}

export interface MonitoredGroup extends ObservedGroup {
  /** Entries waiting or pending in it while none of its consumers is active: work nobody does. */
  unattendedEntries: number;
  /** How long it has held entries that no consumer reads and its position has not moved, ms (0: it is read). */
  unreadMs: number;
}

export interface MonitoredStream extends Omit<StreamStats, "groups"> {
  groups: MonitoredGroup[];
}

export interface StreamMonitorReport {
  /** Sorted by name. */
  streams: MonitoredStream[];
  /** Streams that changed while they were read (a group destroyed, the key replaced): left out this time. */
  skipped: { stream: string; error: string }[];
  durationMs: number;
}

/** The dimension value of the series folding the streams beyond `maxStreamSeries`. */
export const OTHER_STREAMS = "(others)";

const DEFAULTS = { livenessMs: 60_000, concurrency: 16, staleAfterMs: 3_600_000, maxStreamSeries: 200 };
const KNOWN = new Set(["client", "metrics", ...Object.keys(DEFAULTS)]);

function resolve(options: StreamMonitorOptions): Required<StreamMonitorOptions> {
  const invalid = (message: string) => new InvalidInputError("streams.invalid_option", message);
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw invalid(`Unknown stream monitor option ${JSON.stringify(key)}`);
  }
  if (!options.client) throw invalid("Stream monitor option client is required");
  if (typeof options.metrics?.put !== "function")
    throw invalid("Stream monitor option metrics must be a MetricsSink");
  // An option given as undefined keeps its default.
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const resolved = { ...DEFAULTS, ...given } as Required<StreamMonitorOptions>;
  for (const name of ["livenessMs", "concurrency", "staleAfterMs", "maxStreamSeries"] as const) {
    const value = resolved[name];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw invalid(`Stream monitor option ${name} must be a positive integer, got ${value}`);
    }
  }
  return resolved;
}

async function activeConsumers(client: RedisClient, keys: StreamKeys, group: string, livenessMs: number) {
  const consumers = (await typed(client.call("XINFO", "CONSUMERS", keys.stream, group))) as unknown[][];
  return consumers.filter((consumer) => Number(fieldMap(consumer).get("idle")) < livenessMs).length;
}

async function monitorStream(
  client: RedisClient,
  name: string,
  livenessMs: number,
): Promise<MonitoredStream> {
  const keys = streamKeys(name);
  const stats = await streamStats(client, keys);
  const observed = await Promise.all(
    stats.groups.map(async (group) => ({
      ...group,
      activeConsumers: await activeConsumers(client, keys, group.name, livenessMs),
    })),
  );
  const unread = await trackGroupActivity(client, keys, observed, Date.now());
  const groups = observed.map((group) => ({
    ...group,
    unattendedEntries: unattended(group),
    unreadMs: unread.get(group.name) ?? 0,
  }));
  return { ...stats, groups };
}

/** The groups of a stream that have held entries unread for `staleAfterMs` or longer. */
export function staleGroups(stream: MonitoredStream, staleAfterMs: number): MonitoredGroup[] {
  return stream.groups.filter((group) => group.unreadMs >= staleAfterMs);
}

function emit(metrics: MetricsSink, stream: MonitoredStream, staleAfterMs: number, timestamp: number): void {
  // The stream's own figures, groups or not: the DlqLength alarm watches every stream, one whose groups are gone too.
  metrics.put(
    { [Dimension.stream]: stream.name },
    [
      ...streamStateData(stream),
      { name: StreamMetric.staleGroups, unit: "Count", value: staleGroups(stream, staleAfterMs).length },
    ],
    timestamp,
  );
  for (const group of stream.groups) {
    metrics.put(
      { [Dimension.stream]: stream.name, [Dimension.group]: group.name },
      [
        ...groupStateData(stream, group),
        { name: StreamMetric.activeConsumers, unit: "Count", value: group.activeConsumers },
        { name: StreamMetric.unattendedEntries, unit: "Count", value: group.unattendedEntries },
      ],
      timestamp,
    );
  }
}

/** Streams needing attention first (work nobody does, dead letters), then the longest. */
function attention(stream: MonitoredStream): number {
  const trouble = stream.dlqLength > 0 || stream.groups.some((group) => group.unattendedEntries > 0);
  return (trouble ? Number.MAX_SAFE_INTEGER / 2 : 0) + stream.length;
}

/**
 * Streams folded into one series: each figure at its maximum over them and their groups, so an alarm on "some stream
 * or group over a threshold" (all of the stream alarms) sees the folded ones as it would each alone.
 */
function fold(streams: MonitoredStream[]): MonitoredStream {
  const groups = streams.flatMap((stream) => stream.groups);
  const max = <T>(items: T[], value: (item: T) => number) =>
    items.reduce((most, item) => Math.max(most, value(item)), 0);
  const folded: MonitoredGroup = {
    name: OTHER_STREAMS,
    consumers: max(groups, (group) => group.consumers),
    lag: max(groups, knownLag),
    lagAgeMs: max(groups, (group) => group.lagAgeMs),
    pending: max(groups, (group) => group.pending),
    oldestPendingAgeMs: max(groups, (group) => group.oldestPendingAgeMs),
    maxDeliveryCount: max(groups, (group) => group.maxDeliveryCount),
    lastDeliveredId: "0-0",
    activeConsumers: max(groups, (group) => group.activeConsumers),
    unattendedEntries: max(groups, (group) => group.unattendedEntries),
    unreadMs: max(groups, (group) => group.unreadMs),
  };
  return {
    name: OTHER_STREAMS,
    length: max(streams, (stream) => stream.length),
    firstId: null,
    lastId: null,
    dlqLength: max(streams, (stream) => stream.dlqLength),
    groups: groups.length === 0 ? [] : [folded],
  };
}

/**
 * Reads the state of every Sluice stream (not the dead-letter streams themselves: their length is their stream's
 * DlqLength) and of each of its groups, and emits it under the names and dimensions the consumer runners use, plus
 * ActiveConsumers and UnattendedEntries, and each stream's own figures (and StaleGroups) under dimension Stream alone
 * — for the `maxStreamSeries` streams needing attention most, the rest folded into one series. So these exist
 * whether or not any consumer runs: what alarms and scaling from zero need. Redis refusing or unreachable fails
 * the run; a stream that changed while it was read (a group destroyed, the key replaced) is skipped and reported.
 */
export async function monitorStreams(options: StreamMonitorOptions): Promise<StreamMonitorReport> {
  const { client, metrics, livenessMs, concurrency, staleAfterMs, maxStreamSeries } = resolve(options);
  const started = Date.now();
  const names = [...(await scanStreamNames(client, { orphanDeadLetters: false }))].sort();
  const skipped: StreamMonitorReport["skipped"] = [];
  const read = await mapLimit(names, concurrency, async (name) => {
    try {
      return await monitorStream(client, name, livenessMs);
    } catch (error) {
      const typedError = toStreamsError(error);
      if (typedError instanceof UnavailableError) throw typedError;
      skipped.push({ stream: name, error: String(typedError) });
      return undefined;
    }
  });
  const streams = read.filter((stream) => stream !== undefined);
  const timestamp = Date.now();
  const ranked = [...streams].sort((a, b) => attention(b) - attention(a));
  const own = ranked.slice(0, maxStreamSeries);
  const rest = ranked.slice(maxStreamSeries);
  for (const stream of own) emit(metrics, stream, staleAfterMs, timestamp);
  if (rest.length > 0) emit(metrics, fold(rest), staleAfterMs, timestamp);
  return { streams, skipped, durationMs: Date.now() - started };
}
