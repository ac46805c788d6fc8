// A stream catalog entry for tests' own tables: open to callers, not durable, the platform's usual limits, with
// the fields a test cares about over those.
import type { StreamEntry } from "../../functions/config/stream-table.ts";

export function streamEntry(stream: string, fields: Partial<StreamEntry> = {}): StreamEntry {
  return {
    stream,
    purpose: `test entry ${stream}`,
    writer: "callers",
    callers: ["publish", "read", "ack", "redrive", "admin"],
    maxEntryBytes: 1024 * 1024,
    contentTypes: "*",
    retention: undefined,
    durable: false,
    idempotencyWindowMs: 300_000,
    maxGroups: 20,
    maxConsumersPerGroup: 100,
    groups: [],
    ...fields,
  };
}
