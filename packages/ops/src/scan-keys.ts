// Every key of a Redis (each master of a cluster), by type: what a backup takes.

import { masters, type RedisClient, typed } from "@sluice/streams";

export interface KeysByType {
  streams: string[];
  /** Every other key. */
  others: string[];
}

/** SCANs every master; keys sorted, so that backups list them in a stable order. */
export async function scanKeys(client: RedisClient): Promise<KeysByType> {
  const streams = new Set<string>();
  const others = new Set<string>();
  for (const node of await masters(client)) {
    let cursor = "0";
    do {
      const [next, keys] = (await typed(node.scan(cursor, "COUNT", 1000))) as [string, string[]];
      cursor = next;
      if (keys.length === 0) continue;
      const pipeline = node.pipeline();
      for (const key of keys) pipeline.type(key);
      const types = (await typed(pipeline.exec())) ?? [];
      keys.forEach((key, i) => {
        const type = types[i]?.[1];
        if (type === "stream") streams.add(key);
        else if (type !== "none") others.add(key);
      });
    } while (cursor !== "0");
  }
  return { streams: [...streams].sort(), others: [...others].sort() };
}
