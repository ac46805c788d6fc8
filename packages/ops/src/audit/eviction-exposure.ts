// Which streams the eviction policy lets Redis delete when memory is full: allkeys-* any key, volatile-* the keys
// with a TTL, noeviction none (writes fail instead). Eviction only starts at maxmemory: without one nothing goes.
import type { NodeMemory } from "./node-memory.ts";

export interface EvictionExposure {
  /** The masters' maxmemory-policy; the one that exposes the most when they differ. */
  policy: string;
  /** Stream keys that eviction may delete. */
  exposedStreams: string[];
  reason: string;
}

/** 2: any key, 1: keys with a TTL, 0: none. */
const reach = (policy: string) =>
  policy.startsWith("allkeys-") ? 2 : policy.startsWith("volatile-") ? 1 : 0;

export function evictionExposure(
  nodes: NodeMemory[],
  streams: { key: string; ttlMs: number }[],
): EvictionExposure {
  const bounded = nodes.filter((node) => node.maxmemoryBytes > 0);
  const policies = (bounded.length > 0 ? bounded : nodes).map((node) => node.policy);
  const policy = policies.sort((a, b) => reach(b) - reach(a))[0] ?? "noeviction";
  if (bounded.length === 0) {
    return {
      policy,
      exposedStreams: [],
      reason: "No maxmemory: Redis never evicts, it grows until the host runs out of memory.",
    };
  }
  if (reach(policy) === 2) {
    return {
      policy,
      exposedStreams: streams.map((stream) => stream.key),
      reason: `${policy} may evict any key when memory is full: every stream is exposed.`,
    };
  }
  if (reach(policy) === 1) {
    const exposedStreams = streams.filter((stream) => stream.ttlMs >= 0).map((stream) => stream.key);
    return {
      policy,
      exposedStreams,
      reason: `${policy} may evict keys with a TTL when memory is full: ${exposedStreams.length} stream(s) have one.`,
    };
  }
  return {
    policy,
    exposedStreams: [],
    reason: `${policy} never evicts: at maxmemory writes fail with an out-of-memory error instead.`,
  };
}
