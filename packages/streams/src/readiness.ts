// Whether Redis can take Sluice's writes now: the one readiness probe behind HTTP /v1/health and gRPC health. A PING
// answers on a read-only node (a demoted primary, a replica behind the endpoint) while every publish fails there, so
// the probe writes instead: SET of a tiny reserved key with a short PX, on the one server or on one key per master's
// slot range in a cluster, within a deadline of its own (it never hangs, whatever the client's queues do). A
// standalone server is also asked its ROLE alongside, because the client resends a write refused READONLY after a
// reconnect until its command timeout: ROLE names a replica at once. Cost per probe: standalone 2 commands in one
// round trip; cluster 1 + one per master (CLUSTER SLOTS, then a SET per master, in parallel). The keys live
// PROBE_TTL_MS and are overwritten by the next probe: one small string per master at most.
import { performance } from "node:perf_hooks";
import { Cluster } from "ioredis";
import type { RedisClient } from "./connection.ts";

/** Why Redis is not ready; each comes with a fixed message for callers (Redis's own words stay in `cause`). */
export type NotReadyReason =
  | "read_only"
  | "out_of_memory"
  | "cluster_down"
  | "timed_out"
  | "unreachable"
  | "refused";

export type Readiness =
  | { ready: true; roundTripMs: number }
  | { ready: false; reason: NotReadyReason; message: string; roundTripMs: number; cause?: unknown };

export interface ReadinessOptions {
  /** The probe gives up after this long and reports `timed_out` (default 2000). */
  timeoutMs?: number;
}

const MESSAGES: Readonly<Record<NotReadyReason, string>> = {
  read_only: "Redis is read-only (a replica or a demoted primary): writes fail there",
  out_of_memory: "Redis is out of memory: writes fail",
  cluster_down: "The Redis cluster cannot serve every slot",
  timed_out: "Redis did not answer in time",
  unreachable: "Redis is unreachable",
  refused: "Redis refused the readiness write",
};

/** Every readiness key: `sluice:health:{<tag>}`, one tag per cluster slot range (platform-owned, never a stream). */
export function readinessKey(tag: string): string {
  return `sluice:health:{${tag}}`;
}

const STANDALONE_KEY = readinessKey("probe");
const PROBE_TTL_MS = 10_000;
const SLOT_COUNT = 16_384;
/** Tags asked about at once when none known falls into a slot range. */
const TAG_BATCH = 32;

class NotReady extends Error {
  readonly reason: NotReadyReason;
  constructor(reason: NotReadyReason, cause?: unknown) {
    super(MESSAGES[reason], { cause });
    this.reason = reason;
  }
}

function reasonOf(error: unknown): NotReadyReason {
  const message = error instanceof Error ? error.message : String(error);
  if (/^READONLY|READONLY You can't write/.test(message)) return "read_only";
  if (message.startsWith("OOM ")) return "out_of_memory";
  if (/CLUSTERDOWN|MASTERDOWN|TRYAGAIN/.test(message)) return "cluster_down";
  if (/timed out/i.test(message)) return "timed_out";
  if (/^[A-Z]+ /.test(message) && !/^(LOADING|UNBLOCKED) /.test(message)) return "refused";
  return "unreachable";
}

/** The slot of readiness tag `i` (the tag is the number), as the cluster computes it; the same in every cluster. */
const slotOfTag: number[] = [];

async function tagIn(client: Cluster, start: number, end: number): Promise<string> {
  for (;;) {
    const found = slotOfTag.findIndex((slot) => slot >= start && slot <= end);
    if (found >= 0) return String(found);
    if (slotOfTag.length >= SLOT_COUNT * 8) throw new Error(`no readiness tag hashes into ${start}-${end}`);
    const next = Array.from({ length: TAG_BATCH }, (_, i) => slotOfTag.length + i);
    const slots = await Promise.all(
      next.map((tag) => client.call("CLUSTER", "KEYSLOT", readinessKey(String(tag))) as Promise<number>),
    );
    slotOfTag.push(...slots.map(Number));
  }
}

/** One key per master, in its first slot range; throws `cluster_down` when some slots have no master. */
async function clusterKeys(client: Cluster): Promise<string[]> {
  const ranges = (await client.call("CLUSTER", "SLOTS")) as [number, number, [string, number, string]][];
  const covered = ranges.reduce((sum, [start, end]) => sum + end - start + 1, 0);
  if (covered < SLOT_COUNT) throw new NotReady("cluster_down");
  const firstRangeOf = new Map<string, [number, number]>();
  for (const [start, end, master] of ranges) {
    const id = String(master[2]);
    if (!firstRangeOf.has(id)) firstRangeOf.set(id, [start, end]);
  }
  const tags = await Promise.all([...firstRangeOf.values()].map(([start, end]) => tagIn(client, start, end)));
  return tags.map(readinessKey);
}

/** Rejects with `read_only` as soon as the server says it is not a primary. */
async function assertPrimary(client: RedisClient): Promise<void> {
  const [role] = (await client.call("ROLE")) as [string, ...unknown[]];
  if (role !== "master") throw new NotReady("read_only");
}

async function probe(client: RedisClient): Promise<void> {
  const write = (key: string) => client.set(key, "1", "PX", PROBE_TTL_MS);
  if (!(client instanceof Cluster)) {
    await Promise.all([assertPrimary(client), write(STANDALONE_KEY)]);
    return;
  }
  await Promise.all((await clusterKeys(client)).map(write));
}

/**
 * Ready when a write works on every node that holds data, within `timeoutMs`; otherwise why not. Never rejects
 * and never takes longer than the timeout (a command still queued in the client is left to its own timeout).
 */
export async function checkReadiness(
  client: RedisClient,
  { timeoutMs = 2000 }: ReadinessOptions = {},
): Promise<Readiness> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotReady("timed_out")), timeoutMs);
  });
  const roundTripMs = () => Math.round((performance.now() - started) * 100) / 100;
  try {
    await Promise.race([probe(client), timedOut]);
    return { ready: true, roundTripMs: roundTripMs() };
  } catch (error) {
    const reason = error instanceof NotReady ? error.reason : reasonOf(error);
    const cause = error instanceof NotReady ? error.cause : error;
    return { ready: false, reason, message: MESSAGES[reason], roundTripMs: roundTripMs(), cause };
  } finally {
    clearTimeout(timer);
  }
}
