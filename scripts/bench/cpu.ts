// CPU time of this process and of redis-server over a phase: where the cores of the machine went.
import type { RedisClient } from "@sluice/streams";

export interface CpuMark {
  self: NodeJS.CpuUsage;
  redisMs: number;
}

/** redis-server's CPU time (user + system, all threads) so far, ms, from INFO cpu. */
export async function redisCpuMs(client: RedisClient): Promise<number> {
  const info = await client.info("cpu");
  const field = (name: string) => Number(new RegExp(`^${name}:([0-9.]+)`, "m").exec(info)?.[1] ?? Number.NaN);
  return (field("used_cpu_user") + field("used_cpu_sys")) * 1000;
}

export async function cpuMark(client: RedisClient): Promise<CpuMark> {
  return { self: process.cpuUsage(), redisMs: await redisCpuMs(client) };
}

/** CPU ms used since `mark` by this process and by redis-server. */
export async function cpuSince(
  client: RedisClient,
  mark: CpuMark,
): Promise<{ selfMs: number; redisMs: number }> {
  const self = process.cpuUsage(mark.self);
  return { selfMs: (self.user + self.system) / 1000, redisMs: (await redisCpuMs(client)) - mark.redisMs };
}

/** "producer 9.1 µs, consumers 6.2 µs, redis-server 2.8 µs" per entry. */
export function perEntry(entries: number, parts: Record<string, number>): string {
  return Object.entries(parts)
    .map(([name, ms]) => `${name} ${((ms * 1000) / entries).toFixed(2)} µs`)
    .join(", ");
}
