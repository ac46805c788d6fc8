// Traffic for failover tests: concurrent senders publishing without pause while faults happen, and runners whose
// acknowledgements are timed, so a test can check that nothing confirmed is lost and measure when deliveries resume.
import { setTimeout as sleep } from "node:timers/promises";
import { Producer, type RedisClient, streamKeys } from "@sluice/streams";
import type { RedisServer } from "@sluice/testing";
import { type clientPool, uniqueStream, waitFor } from "@sluice/testing/clients";
import { settleTimed } from "./settle-timed.ts";

/** One send: where it went, when it started and settled (performance.now()), and its id or error. */
export interface Send {
  stream: string;
  /** What the test was doing when the send settled ("before", "graceful 1", …). */
  phase: string;
  startedAt: number;
  settledAt: number;
  id?: string;
  error?: unknown;
}

/** Between two sends of one sender: the load stays steady without taking both cores. */
const PAUSE_MS = 5;

/** `senders` loops, each publishing to every stream in turn until stop(); every outcome is recorded. */
export class PublishLoad {
  readonly sends: Send[] = [];
  phase = "before";
  #running = true;
  readonly #loops: Promise<void>[];

  constructor(client: RedisClient, streams: string[], senders: number) {
    const producer = new Producer(client);
    this.#loops = Array.from({ length: senders }, async (_, sender) => {
      for (let n = sender; this.#running; n += 1) {
        const stream = streams[n % streams.length] as string;
        const startedAt = performance.now();
        const { value, error } = await settleTimed(producer.send(stream, { type: "t", data: `{"n":${n}}` }));
        this.sends.push({
          stream,
          phase: this.phase,
          startedAt,
          settledAt: performance.now(),
          id: value,
          error,
        });
        await sleep(PAUSE_MS);
      }
    });
  }

  /** Ends every sender after its current send. */
  async stop(): Promise<void> {
    this.#running = false;
    await Promise.all(this.#loops);
  }

  confirmed(stream?: string): Send[] {
    return this.sends.filter(
      (send) => send.id !== undefined && (stream === undefined || send.stream === stream),
    );
  }

  failed(): Send[] {
    return this.sends.filter((send) => send.id === undefined);
  }

  /** How many sends failed in each phase. */
  failuresByPhase(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { phase } of this.failed()) counts[phase] = (counts[phase] ?? 0) + 1;
    return counts;
  }
}

/**
 * A runner per stream (group "g", the pool's quick timings unless `blockMs` is given) recording when each entry was
 * acknowledged (performance.now()); what the runners report goes to `errors`.
 */
export async function timedDeliveries(
  pool: ReturnType<typeof clientPool>,
  streams: string[],
  { errors, blockMs }: { errors: unknown[]; blockMs?: number },
) {
  const acknowledgedAt = new Map<string, number>();
  for (const stream of streams) {
    await pool
      .runner({
        stream,
        group: "g",
        consumer: "c",
        errors,
        ...(blockMs !== undefined && { blockMs }),
        handler: () => {},
        onAcknowledged: (entries) => {
          for (const entry of entries) acknowledgedAt.set(entry.id, performance.now());
        },
      })
      .start();
  }
  return acknowledgedAt;
}

/**
 * Waits for the first acknowledgement of an entry sent to `stream` after `since` and returns how long after `since`
 * it came: when deliveries resumed after a fault ended.
 */
export async function deliveriesResume(
  load: PublishLoad,
  acknowledgedAt: Map<string, number>,
  stream: string,
  since: number,
): Promise<number> {
  const firstAck = () =>
    Math.min(
      ...load
        .confirmed(stream)
        .filter((send) => send.startedAt >= since)
        .map((send) => acknowledgedAt.get(send.id as string) ?? Number.POSITIVE_INFINITY),
    );
  await waitFor(() => Number.isFinite(firstAck()), {
    timeoutMs: 30_000,
    what: `a delivery on ${stream} of an entry sent after the fault`,
  });
  return firstAck() - since;
}

/** A new stream name whose key lives on `master`'s shard (asked unredirected: MOVED means another shard's). */
export async function streamOnShard(master: RedisServer): Promise<string> {
  for (;;) {
    const stream = uniqueStream();
    const served = await master.cli("exists", streamKeys(stream).stream).then(
      () => true,
      (error: Error) => (/MOVED/.test(error.message) ? false : Promise.reject(error)),
    );
    if (served) return stream;
  }
}

/** Ids of `stream` in Redis, read with the config's own client. */
export async function storedIds(client: RedisClient, stream: string): Promise<Set<string>> {
  const entries = await client.xrange(streamKeys(stream).stream, "-", "+");
  return new Set(entries.map(([id]) => id));
}
