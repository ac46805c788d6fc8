import { type RedisClient, streamKeys, streamStats } from "@sluice/streams";

export interface LocalStatus {
  produced: number;
  /** Demo sends that failed (shown only when there are any). */
  sendErrors?: number;
  processed: number;
  /** Entries not yet delivered to the group, over all streams; null when Redis cannot tell. */
  lag: number | null;
  pending: number;
  dlq: number;
}

/** Lag, pending and dead-letter counts of one group over several streams, read from Redis. */
export async function readGroupStatus(
  client: RedisClient,
  streams: string[],
  group: string,
): Promise<Pick<LocalStatus, "lag" | "pending" | "dlq">> {
  const all = await Promise.all(streams.map((stream) => streamStats(client, streamKeys(stream), group)));
  let lag: number | null = 0;
  let pending = 0;
  let dlq = 0;
  for (const stats of all) {
    const groupStats = stats.groups[0];
    lag = lag === null || groupStats?.lag === null ? null : lag + (groupStats?.lag ?? 0);
    pending += groupStats?.pending ?? 0;
    dlq += stats.dlqLength;
  }
  return { lag, pending, dlq };
}

/** `12:00:05  produced 15  processed 15  lag 0  pending 0  dlq 0` (plus `send errors N` when there are any). */
export function formatStatusLine(status: LocalStatus, now = new Date()): string {
  const time = now.toTimeString().slice(0, 8);
  const { produced, sendErrors = 0, processed, lag, pending, dlq } = status;
  const errors = sendErrors > 0 ? `  send errors ${sendErrors}` : "";
  return `${time}  produced ${produced}${errors}  processed ${processed}  lag ${lag ?? "?"}  pending ${pending}  dlq ${dlq}`;
}
