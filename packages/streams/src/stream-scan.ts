import { Cluster } from "ioredis";
import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
import { streamKeys, streamNameOfKey } from "./names.ts";

const SCAN_COUNT = 1000;

export interface ScanStreamNamesOptions {
  /** Stop scanning once more than this many names are found (default: scan everything). */
  stopAfter?: number;
  /** Also name the streams of which only the dead-letter stream is left (default true). */
  orphanDeadLetters?: boolean;
}

/** Every master of a cluster, or the one server. */
function masters(client: RedisClient): RedisClient[] {
  return client instanceof Cluster ? (client.nodes("master") as RedisClient[]) : [client];
}

/**
 * The names of the Sluice streams on a server or a whole cluster: SCAN … TYPE stream on every master, keys
 * `sluice:{<name>}` and `sluice:{<name>}:dlq` (helper keys and other tools' keys are not streams of Sluice's).
 */
export async function scanStreamNames(
  client: RedisClient,
  { stopAfter = Number.POSITIVE_INFINITY, orphanDeadLetters = true }: ScanStreamNamesOptions = {},
): Promise<Set<string>> {
  // A cluster client learns its masters on connecting: one command first, so that masters() lists all of them.
  if (client instanceof Cluster) await typed(client.ping());
  const names = new Set<string>();
  for (const node of masters(client)) {
    let cursor = "0";
    do {
      const [next, keys] = (await typed(
        node.call("SCAN", cursor, "MATCH", "sluice:{*}*", "COUNT", SCAN_COUNT, "TYPE", "stream"),
      )) as [string, string[]];
      for (const key of keys) {
        const name = streamNameOfKey(key);
        if (name !== undefined && (orphanDeadLetters || key === streamKeys(name).stream)) names.add(name);
      }
      cursor = next;
    } while (cursor !== "0" && names.size <= stopAfter);
    if (names.size > stopAfter) break;
  }
  return names;
}
