// Expiry of stale groups by policy (SLUICE_MONITOR_EXPIRE_STALE_GROUPS_MS, off by default): a group that has held
// entries nobody reads for longer than that is destroyed, so it stops pinning retention and counting against its
// stream's group quota — never a group the catalog lists as its stream's own (`groups`), nor the lake's (it reads by
// position, with no consumers, and may pause for hours). Each expiry is written to the audit log first (who:
// `stream-monitor`); a group read or moved since the monitor looked is kept (destroyStaleGroup).
import {
  AuditLog,
  destroyStaleGroup,
  type RedisClient,
  type StreamMonitorReport,
  staleGroups,
  streamKeys,
} from "@sluice/streams";
import { STREAM_TABLE, type StreamEntry, streamEntry } from "../config/stream-table.ts";
import { producerPolicy } from "./stream-access.ts";

export interface StaleGroupExpiry {
  client: RedisClient;
  /** Stale this long or longer: destroyed. */
  expireAfterMs: number;
  /** How long every consumer of the group must have been idle (the monitor's liveness window). */
  quietMs: number;
  /** The lake's group, on any stream. */
  lakeGroup: string;
  table?: readonly StreamEntry[];
}

export const EXPIRY_AUDITOR = "stream-monitor";

/** Destroys the expired groups of a monitor run's report; resolves to those destroyed, `stream/group`. */
export async function expireStaleGroups(
  report: StreamMonitorReport,
  { client, expireAfterMs, quietMs, lakeGroup, table = STREAM_TABLE }: StaleGroupExpiry,
): Promise<string[]> {
  const audit = new AuditLog(client, (stream) => producerPolicy(stream, table));
  const expired: string[] = [];
  for (const stream of report.streams) {
    const own = new Set([...(streamEntry(stream.name, table)?.groups ?? []), lakeGroup]);
    for (const group of staleGroups(stream, expireAfterMs).filter((g) => !own.has(g.name))) {
      const { name, lastDeliveredId, pending, lag, unreadMs } = group;
      await audit.record({
        who: EXPIRY_AUDITOR,
        action: "expire_stale_group",
        stream: stream.name,
        details: { group: name, unreadMs, lag, pending, lastDeliveredId, expireAfterMs },
      });
      if (await destroyStaleGroup(client, streamKeys(stream.name), group, quietMs)) {
        expired.push(`${stream.name}/${name}`);
      }
    }
  }
  return expired;
}
