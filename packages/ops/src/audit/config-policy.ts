// What the configuration audit holds a Redis to: the settings a stream platform needs (nothing evictable, memory
// bounded with room to spare, encrypted and authenticated, a replica to fail over to, snapshots, Redis ≥ 7.0).
// Callers override parts; an unknown name throws, so that a typo cannot silently keep a default.
import { InvalidInputError } from "@sluice/streams";

const MiB = 1024 * 1024;

export interface ConfigPolicy {
  /** The only acceptable maxmemory-policy: eviction removes whole keys, so a stream buffer must never be evictable. */
  evictionPolicy: string;
  /** ElastiCache: the least reserved-memory-percent, memory kept free for replication buffers and snapshots. */
  minReservedMemoryPercent: number;
  /** The least maxmemory, bytes. */
  minMaxMemoryBytes: number;
  /** Self-managed: the largest share of total_system_memory that maxmemory may take (0–1). */
  maxMemoryShareOfSystem: number;
  /** Self-managed: AOF or RDB saves must be on (ElastiCache has neither; its replica and snapshots stand in). */
  requirePersistence: boolean;
  requireTls: boolean;
  /** Clients must authenticate: a password or ACL users (self-managed), an auth token or RBAC (ElastiCache). */
  requireAuth: boolean;
  /** A replica to fail over to (self-managed), automatic failover in another AZ (ElastiCache). */
  requireAutomaticFailover: boolean;
  /** ElastiCache: data at rest encrypted. */
  requireAtRestEncryption: boolean;
  /** ElastiCache: days of automatic snapshots kept. */
  minSnapshotRetentionDays: number;
  /** Sluice needs XSETID ENTRIESADDED/MAXDELETEDID and XINFO entries-read: Redis or Valkey 7.0. */
  minEngineVersion: string;
}

export const DEFAULT_CONFIG_POLICY: Readonly<ConfigPolicy> = Object.freeze({
  evictionPolicy: "noeviction",
  minReservedMemoryPercent: 25,
  minMaxMemoryBytes: 256 * MiB,
  maxMemoryShareOfSystem: 0.75,
  requirePersistence: true,
  requireTls: true,
  requireAuth: true,
  requireAutomaticFailover: true,
  requireAtRestEncryption: true,
  minSnapshotRetentionDays: 1,
  minEngineVersion: "7.0",
});

/** The defaults with the caller's overrides; throws `ops.invalid_policy` on a name the policy does not have. */
export function resolvePolicy(overrides: Partial<ConfigPolicy> = {}): ConfigPolicy {
  const known = Object.keys(DEFAULT_CONFIG_POLICY);
  const unknown = Object.keys(overrides).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      "ops.invalid_policy",
      `unknown config policy setting ${unknown.join(", ")}; known: ${known.join(", ")}`,
    );
  }
  return { ...DEFAULT_CONFIG_POLICY, ...overrides };
}

/** Whether a version like "7.2.4" is at least "7.0"; missing parts count as 0, a version without digits fails. */
export function versionAtLeast(actual: string, minimum: string): boolean {
  const parts = (version: string) => (version.match(/\d+/g) ?? []).map(Number);
  const have = parts(actual);
  const want = parts(minimum);
  if (have.length === 0) return false;
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const difference = (have[i] ?? 0) - (want[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

/** Bytes as MiB for messages and fixes, e.g. "256mb" (Redis reads "mb" as MiB). */
export function megabytes(bytes: number): string {
  return `${Math.floor(bytes / MiB)}mb`;
}
