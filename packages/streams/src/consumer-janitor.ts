import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
import { removeIdleConsumerScript } from "./lua/remove-idle-consumer-1.ts";
import { runScript } from "./lua-script.ts";
import type { StreamKeys } from "./names.ts";
import { fieldMap } from "./reply.ts";

/**
 * Removes a group's consumers that have nothing pending and were idle at least `idleMs` (each check and delete
 * is atomic, so a consumer that just read something is kept). Returns the names removed.
 */
export async function removeIdleConsumers(
  client: RedisClient,
  keys: StreamKeys,
  group: string,
  idleMs: number,
): Promise<string[]> {
  const consumers = (await typed(client.call("XINFO", "CONSUMERS", keys.stream, group))) as unknown[][];
  const removed: string[] = [];
  for (const consumer of consumers) {
    const info = fieldMap(consumer);
    if (Number(info.get("pending")) > 0 || Number(info.get("idle")) < idleMs) continue;
    const name = String(info.get("name"));
    if ((await runScript(client, removeIdleConsumerScript, [keys.stream], [group, name, idleMs])) === 1) {
      removed.push(name);
    }
  }
  return removed;
}

/** Removes one consumer if it has nothing pending (a stopping consumer removing itself). */
export async function removeConsumerIfEmpty(
  client: RedisClient,
  keys: StreamKeys,
  group: string,
  consumer: string,
): Promise<boolean> {
  return (await runScript(client, removeIdleConsumerScript, [keys.stream], [group, consumer, 0])) === 1;
}
