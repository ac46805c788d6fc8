// A stream's state as a backup keeps it: what XSETID, XGROUP CREATE, XGROUP CREATECONSUMER and XCLAIM need to
// rebuild it with the same ids, counters, groups, consumers and pending entries.
import { type RedisClient, runScript } from "@sluice/streams";
import { captureStreamScript } from "./lua/capture-stream-1.ts";

export interface PendingEntry {
  id: string;
  consumer: string;
  /** When it was last delivered, epoch ms (the server's clock). */
  deliveredAt: number;
  deliveries: number;
}

export interface GroupState {
  name: string;
  lastDeliveredId: string;
  /** Null when Redis cannot tell (then the restored group's lag is unknown too). */
  entriesRead: number | null;
  /** Lag as the source reported it (null when unknown): what a verification compares. */
  lag: number | null;
  consumers: string[];
  pending: PendingEntry[];
}

export interface StreamState {
  key: string;
  length: number;
  lastGeneratedId: string;
  maxDeletedId: string;
  entriesAdded: number;
  groups: GroupState[];
  /** The server's time when the state was read, epoch ms. */
  capturedAt: number;
}

type Reply = (string | number | null | Reply)[];

/** A flat [name, value, ...] reply as a map. */
function fields(reply: Reply): Map<string, Reply[number]> {
  const map = new Map<string, Reply[number]>();
  for (let i = 0; i + 1 < reply.length; i += 2) map.set(String(reply[i]), reply[i + 1] as Reply[number]);
  return map;
}

const text = (value: Reply[number] | undefined) => String(value);
const count = (value: Reply[number] | undefined) =>
  value === null || value === undefined ? null : Number(value);

export async function captureStream(client: RedisClient, key: string): Promise<StreamState> {
  const [info, groups, time] = (await runScript(client, captureStreamScript, [key], [])) as [
    Reply,
    Reply[],
    Reply,
  ];
  const stream = fields(info);
  const capturedAt = Number(time[0]) * 1000 + Math.floor(Number(time[1]) / 1000);
  return {
    key,
    length: Number(stream.get("length")),
    lastGeneratedId: text(stream.get("last-generated-id")),
    maxDeletedId: text(stream.get("max-deleted-entry-id")),
    entriesAdded: Number(stream.get("entries-added")),
    capturedAt,
    groups: groups.map((entry) => {
      const [row, consumers, pending] = entry as [Reply, Reply[], Reply[]];
      const group = fields(row);
      return {
        name: text(group.get("name")),
        lastDeliveredId: text(group.get("last-delivered-id")),
        entriesRead: count(group.get("entries-read")),
        lag: count(group.get("lag")),
        consumers: consumers.map((c) => text(fields(c as Reply).get("name"))),
        pending: pending.map((p) => {
          const [id, consumer, idle, deliveries] = p as [string, string, number, number];
          return { id, consumer, deliveredAt: capturedAt - Number(idle), deliveries: Number(deliveries) };
        }),
      };
    }),
  };
}
