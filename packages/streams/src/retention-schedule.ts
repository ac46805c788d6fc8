import { Dimension, emfSink, StreamMetric } from "@sluice/observability";
import type { RedisClient } from "./connection.ts";
import { streamKeys } from "./names.ts";
import { applyRetention, type RetentionOptions } from "./retention.ts";

export interface RetentionSchedule extends Omit<RetentionOptions, "holdAfter"> {
  /** How often each stream is trimmed, ms. */
  intervalMs: number;
  /** Before each stream's pass: the id after which its entries are held (RetentionOptions.holdAfter), if any. */
  hold?: (client: RedisClient, streamKey: string) => Promise<string | null>;
}

/**
 * Applies group-aware retention to each stream now and then every `intervalMs`, writing one EMF line per stream
 * (entries trimmed, unconsumed entries dropped, how far over its caps it is: the trim-loss-risk figures).
 * Running it in several hosts at once is harmless: each pass is a run of atomic steps, each safe alone. Returns a function that stops it.
 */
export function scheduleRetention(
  client: RedisClient,
  streams: string[],
  schedule: RetentionSchedule,
  write: (line: string) => void,
  onError: (error: unknown, stream: string) => void,
): () => void {
  const { intervalMs, hold, ...options } = schedule;
  const sink = emfSink(write);
  const pass = async () => {
    for (const stream of streams) {
      try {
        const holdAfter = hold ? await hold(client, streamKeys(stream).stream) : null;
        const result = await applyRetention(client, stream, { ...options, holdAfter });
        sink.put({ [Dimension.stream]: stream }, [
          { name: StreamMetric.trimmed, unit: "Count", value: result.trimmed },
          { name: StreamMetric.trimDropped, unit: "Count", value: result.dropped },
          { name: StreamMetric.overCap, unit: "Count", value: result.overCapEntries },
          { name: StreamMetric.overAge, unit: "Milliseconds", value: result.overAgeMs },
        ]);
      } catch (error) {
        onError(error, stream);
      }
    }
  };
  void pass();
  const timer = setInterval(pass, intervalMs).unref();
  return () => clearInterval(timer);
}
