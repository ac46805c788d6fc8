// Durable publish: a write is confirmed only once replicas have it. WAIT counts the writes of the connection it is
// sent on, so it goes in the same pipeline as the writes (one connection, in cluster mode the node owning the
// stream's slot), between two CLIENT INFO markers: ioredis resends a command left unanswered by a closed connection
// on the next one, where a WAIT alone would count nothing and confirm at once. Markers that differ mean the WAIT did
// not run on the writes' connection, and nothing is confirmed.
import { type ChainableCommander, Cluster } from "ioredis";
import type { RedisClient } from "./connection.ts";
import { InvalidInputError, UnavailableError } from "./errors.ts";

/**
 * `false`: confirmed once the primary has it; `true` or an object: once `replicas` replicas have it (default 1),
 * waiting `timeoutMs` at most (default 1000).
 */
export type Durability = boolean | { replicas?: number; timeoutMs?: number };

export interface ReplicationWait {
  replicas: number;
  timeoutMs: number;
}

const DEFAULTS: ReplicationWait = { replicas: 1, timeoutMs: 1000 };

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("streams.invalid_option", message);
}

/** The command timeout the client was opened with: a WAIT must end before it, or it fails as `unavailable`. */
export function commandTimeoutOf(client: RedisClient): number | undefined {
  return client instanceof Cluster
    ? client.options.redisOptions?.commandTimeout
    : client.options.commandTimeout;
}

/** Deadline of a call on a client opened without a command timeout: ioredis's default has none, Sluice's is 5 s. */
const FALLBACK_DEADLINE_MS = 5000;

/** When a call's time is up (performance.now()): writes answered MOVED are sent again until then. */
export function callDeadline(client: RedisClient): number {
  return performance.now() + (commandTimeoutOf(client) ?? FALLBACK_DEADLINE_MS);
}

function assertShape(durable: unknown): asserts durable is Durability | undefined {
  if (durable === undefined || typeof durable === "boolean") return;
  if (durable === null || typeof durable !== "object" || Array.isArray(durable)) {
    throw invalid(`durable must be a boolean or { replicas?, timeoutMs? }, got ${JSON.stringify(durable)}`);
  }
}

/**
 * The durability of a call from its layers, lowest first (the producer's, the stream's, the call's): an undefined
 * layer leaves the one below; `false` turns waiting off; `true` turns it on with the replicas and timeout of the
 * layers below (or the defaults); an object sets the fields it names over those below. So a request that asks for
 * replication on a stream configured with `{ replicas: 2 }` waits for 2.
 */
export function layerDurability(...layers: (Durability | undefined)[]): Durability | undefined {
  let durable: Durability | undefined;
  for (const layer of layers) {
    assertShape(layer);
    if (layer === undefined) continue;
    const below = typeof durable === "object" ? durable : {};
    durable = layer === false ? false : { ...below, ...(layer === true ? {} : layer) };
  }
  return durable;
}

/** Checks a durability option; undefined when writes need no replica. */
export function replicationWait(
  durable: Durability | undefined,
  client: RedisClient,
): ReplicationWait | undefined {
  assertShape(durable);
  if (durable === undefined || durable === false) return undefined;
  const wait = { ...DEFAULTS, ...(durable === true ? {} : durable) };
  if (!Number.isSafeInteger(wait.replicas) || wait.replicas < 1) {
    throw invalid(`durable.replicas must be a positive integer, got ${wait.replicas}`);
  }
  const limit = commandTimeoutOf(client);
  if (
    !Number.isSafeInteger(wait.timeoutMs) ||
    wait.timeoutMs < 1 ||
    (limit !== undefined && wait.timeoutMs >= limit)
  ) {
    throw invalid(
      `durable.timeoutMs must be a positive integer${limit === undefined ? "" : ` under the command timeout (${limit} ms)`}, got ${wait.timeoutMs}`,
    );
  }
  return wait;
}

/**
 * A pipeline's replies, and the error to give a command without one: the exec's own failure (the connection was lost),
 * or "no reply from Redis".
 */
export async function execPipeline(
  pipeline: ChainableCommander,
): Promise<{ replies: [Error | null, unknown][]; failure: Error }> {
  try {
    return { replies: (await pipeline.exec()) ?? [], failure: new Error("no reply from Redis") };
  } catch (error) {
    return { replies: [], failure: error as Error };
  }
}

/** Queued before the writes of a durable pipeline. */
export function markConnection(pipeline: ChainableCommander): void {
  pipeline.call("CLIENT", "INFO");
}

/** Queued after the writes of a durable pipeline: the WAIT and the closing marker. */
export function waitForReplicas(pipeline: ChainableCommander, wait: ReplicationWait): void {
  pipeline.call("WAIT", wait.replicas, wait.timeoutMs);
  markConnection(pipeline);
}

type Reply = [Error | null, unknown] | undefined;

/** The server's id, the client's and the server's address of a connection, from CLIENT INFO. */
function connectionOf([error, info]: NonNullable<Reply>): string | undefined {
  if (error || typeof info !== "string") return undefined;
  const fields = info.match(/\b(?:id|addr|laddr)=\S*/g);
  return fields?.length === 3 ? fields.join(" ") : undefined;
}

/**
 * Why the writes between the markers are not confirmed replicated, or undefined when they are: the WAIT failed or
 * ran on another connection, or fewer replicas than asked acknowledged within its timeout.
 */
export function replicationShortfall(
  before: Reply,
  waited: Reply,
  after: Reply,
  wait: ReplicationWait,
): string | undefined {
  const connection = before && connectionOf(before);
  if (!connection || !after || connection !== connectionOf(after)) {
    return "the connection changed before replication was confirmed";
  }
  const [error, acknowledged] = waited ?? [new Error("no reply"), 0];
  if (error) return `waiting for replicas failed (${error.message})`;
  if (Number(acknowledged) < wait.replicas) {
    return `${acknowledged} of ${wait.replicas} replicas acknowledged it within ${wait.timeoutMs} ms`;
  }
  return undefined;
}

/**
 * Writes other than publishes (dead-letter moves, a redrive step, a lake writer's commit) made on the primary whose
 * replication was not confirmed: `what` says what they did, and what a failover now would undo.
 */
export function writesNotReplicatedError(
  what: string,
  shortfall: string,
  details: Record<string, unknown>,
): UnavailableError {
  return new UnavailableError("streams.not_replicated", `${what}: not yet replicated, ${shortfall}`, {
    details,
  });
}

/** A `streams.not_replicated` error: written on the primary, replication not confirmed. */
export const isNotReplicated = (error: unknown): error is UnavailableError =>
  error instanceof UnavailableError && error.code === "streams.not_replicated";

/** A written entry whose replication was not confirmed: the caller may retry it with its idempotency key. */
export function notReplicatedError(id: string, shortfall: string): UnavailableError {
  return new UnavailableError(
    "streams.not_replicated",
    `Entry ${id} was written but is not yet replicated: ${shortfall}. It may be lost if the primary fails now; a retry with the same idempotency key is safe`,
    { details: { id } },
  );
}

/**
 * A write of a durable pipeline answered MOVED (a failover, the client's slot map is stale): ioredis resends a cluster
 * pipeline only when every command failed alike, and the markers did not. Nothing was written, so the caller may
 * send it again once the slot map is reloaded.
 */
export const isMoved = (error: Error) => error.message.startsWith("MOVED ");

/** Reloads a cluster client's slot map (a refresh already running is joined); a standalone client has none. */
export async function refreshSlots(client: RedisClient): Promise<void> {
  if (!(client instanceof Cluster)) return;
  await new Promise<void>((resolve) => client.refreshSlotsCache(() => resolve()));
}

/** A write still redirected when its call's time is up. */
export function movedError(error: Error): UnavailableError {
  return new UnavailableError("streams.unavailable", `Redis is unavailable: ${error.message}`, {
    cause: error,
  });
}
