import { Dimension, type MetricsSink, StreamMetric } from "@sluice/observability";
import type { RedisClient } from "./connection.ts";
import { InvalidInputError, toStreamsError, typed, UnavailableError } from "./errors.ts";
import { groupStateData, knownLag, streamStateData } from "./group-state-metrics.ts";
import { mapLimit } from "./map-limit.ts";
import { type StreamKeys, streamKeys } from "./names.ts";
import { fieldMap } from "./reply.ts";
import { scanStreamNames } from "./stream-scan.ts";
import { type GroupStats, type StreamStats, streamStats } from "./stream-stats.ts";

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
}

export interface MonitoredGroup extends GroupStats {
  /** Consumers read within the liveness window. */
  activeConsumers: number;
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

const DEFAULTS = { livenessMs: 60_000, concurrency: 16 };
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
  for (const name of ["livenessMs", "concurrency"] as const) {
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
  const groups = await Promise.all(
    stats.groups.map(async (group) => ({
      ...group,
      activeConsumers: await activeConsumers(client, keys, group.name, livenessMs),
    })),
  );
  return { ...stats, groups };
}

/** Work no active consumer is doing: entries waiting or pending in a group without one. */
function unattended(group: MonitoredGroup): number {
  return group.activeConsumers > 0 ? 0 : knownLag(group) + group.pending;
}

function emit(metrics: MetricsSink, stream: MonitoredStream, timestamp: number): void {
  // The stream's own figures, groups or not: the DlqLength alarm watches every stream, one whose groups are gone too.
  metrics.put({ [Dimension.stream]: stream.name }, streamStateData(stream), timestamp);
  for (const group of stream.groups) {
    metrics.put(
      { [Dimension.stream]: stream.name, [Dimension.group]: group.name },
      [
        ...groupStateData(stream, group),
        { name: StreamMetric.activeConsumers, unit: "Count", value: group.activeConsumers },
        { name: StreamMetric.unattendedEntries, unit: "Count", value: unattended(group) },
      ],
      timestamp,
    );
  }
}

/**
 * Reads the state of every Sluice stream (not the dead-letter streams themselves: their length is their stream's
 * DlqLength) and of each of its groups, and emits it under the names and dimensions the consumer runners use, plus
 * ActiveConsumers and UnattendedEntries, and each stream's own figures under dimension Stream alone. So these exist
 * whether or not any consumer runs: what alarms and scaling from zero need. Redis refusing or unreachable fails
 * the run; a stream that changed while it was read (a group destroyed, the key replaced) is skipped and reported.
 */
export async function monitorStreams(options: StreamMonitorOptions): Promise<StreamMonitorReport> {
  const { client, metrics, livenessMs, concurrency } = resolve(options);
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
  for (const stream of streams) emit(metrics, stream, timestamp);
  return { streams, skipped, durationMs: Date.now() - started };
}
