// One node's memory as INFO reports it, and how close the node is to its maxmemory. ElastiCache blocks CONFIG, so
// maxmemory and its policy come from INFO memory and evicted_keys from INFO stats.
import { typed } from "@sluice/streams";
import type { Redis } from "ioredis";

/** "unbounded": the node has no maxmemory (it grows until the host runs out of memory). */
export type MemoryLevel = "ok" | "warning" | "critical" | "unbounded";

export interface MemoryThresholds {
  /** Share of maxmemory used from which a node is at "warning" (default 0.7). */
  warning: number;
  /** Share of maxmemory used from which a node is at "critical" (default 0.85). */
  critical: number;
}

export interface NodeMemory {
  /** host:port of the node (a master on a cluster). */
  address: string;
  /** used_memory: what Redis allocated, what maxmemory is measured against. */
  usedBytes: number;
  /** used_memory_rss: what the process holds from the operating system. */
  rssBytes: number;
  /** used_memory_peak. */
  peakBytes: number;
  /** maxmemory; 0 = none. */
  maxmemoryBytes: number;
  /** maxmemory_policy, e.g. noeviction, allkeys-lru, volatile-ttl. */
  policy: string;
  /** mem_fragmentation_ratio: RSS / used. */
  fragmentationRatio: number;
  /** allocator_frag_ratio, the part active defragmentation can reclaim; null when the server does not report it. */
  allocatorFragRatio: number | null;
  /** usedBytes / maxmemoryBytes; null without maxmemory. */
  usedRatio: number | null;
  level: MemoryLevel;
  /** evicted_keys since the server started. */
  evictedKeys: number;
}

/** INFO's `name:value` lines as a map (section headers and blank lines left out). */
export function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0 && !line.startsWith("#")) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}

export function memoryLevel(usedRatio: number | null, thresholds: MemoryThresholds): MemoryLevel {
  if (usedRatio === null) return "unbounded";
  if (usedRatio >= thresholds.critical) return "critical";
  return usedRatio >= thresholds.warning ? "warning" : "ok";
}

export async function readNodeMemory(node: Redis, thresholds: MemoryThresholds): Promise<NodeMemory> {
  const [memory, stats] = await Promise.all([typed(node.info("memory")), typed(node.info("stats"))]);
  const info = parseInfo(`${memory}\n${stats}`);
  const number = (name: string) => Number(info.get(name) ?? 0);
  const usedBytes = number("used_memory");
  const maxmemoryBytes = number("maxmemory");
  const usedRatio = maxmemoryBytes > 0 ? usedBytes / maxmemoryBytes : null;
  const allocatorFragRatio = info.get("allocator_frag_ratio");
  return {
    address: `${node.options.host}:${node.options.port}`,
    usedBytes,
    rssBytes: number("used_memory_rss"),
    peakBytes: number("used_memory_peak"),
    maxmemoryBytes,
    policy: info.get("maxmemory_policy") ?? "noeviction",
    fragmentationRatio: number("mem_fragmentation_ratio"),
    allocatorFragRatio: allocatorFragRatio === undefined ? null : Number(allocatorFragRatio),
    usedRatio,
    level: memoryLevel(usedRatio, thresholds),
    evictedKeys: number("evicted_keys"),
  };
}
