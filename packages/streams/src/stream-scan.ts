import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
import { masters } from "./masters.ts";
import { streamKeys, streamNameOfKey } from "./names.ts";

const SCAN_COUNT = 1000;

export interface ScanStreamNamesOptions {
  /** Stop scanning once more than this many names are found (default: scan everything). */
  stopAfter?: number;
  /** Also name the streams of which only the dead-letter stream is left (default true). */
  orphanDeadLetters?: boolean;
  /** Only the names this accepts (and only they count toward `stopAfter`), e.g. those a caller may read. */
  include?: (name: string) => boolean;
}

/**
 * The names of the Sluice streams on a server or a whole cluster: SCAN … TYPE stream on every master, keys
 * `sluice:{<name>}` and `sluice:{<name>}:dlq` (helper keys and other tools' keys are not streams of Sluice's).
 */
export async function scanStreamNames(
  client: RedisClient,
  { stopAfter = Number.POSITIVE_INFINITY, orphanDeadLetters = true, include }: ScanStreamNamesOptions = {},
): Promise<Set<string>> {
  const names = new Set<string>();
  for (const node of await masters(client)) {
    let cursor = "0";
    do {
      const [next, keys] = (await typed(
        node.call("SCAN", cursor, "MATCH", "sluice:{*}*", "COUNT", SCAN_COUNT, "TYPE", "stream"),
      )) as [string, string[]];
      for (const key of keys) {
        const name = streamNameOfKey(key);
        if (name === undefined || (!orphanDeadLetters && key !== streamKeys(name).stream)) continue;
        if (include === undefined || include(name)) names.add(name);
      }
      cursor = next;
    } while (cursor !== "0" && names.size <= stopAfter);
    if (names.size > stopAfter) break;
  }
  return names;
}
