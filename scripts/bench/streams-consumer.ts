// One consumer process of the streams bench, deployed as a Fargate task would run it: its own two connections
// and one ConsumerGroupRunner. Driven over IPC by scripts/bench/streams.ts (messages in streams-protocol.ts).
import {
  ConsumerGroupRunner,
  createBlockingClient,
  createRedisClient,
  type RedisClient,
  type StreamEntry,
} from "@sluice/streams";
import {
  type ConsumerJob,
  type ConsumerResult,
  type FromConsumer,
  now,
  sentAtOf,
  sequenceOf,
  type ToConsumer,
} from "./streams-protocol.ts";

const PROGRESS_EVERY_MS = 50;

function send(message: FromConsumer): void {
  process.send?.(message);
}

/**
 * The command client, with XACK replies observed: the runner acknowledges through `client.xack`, so this sees
 * the moment each entry's acknowledgement is confirmed by Redis, without changing what the runner does. (Acks of
 * retried entries go through MULTI and are not seen; this bench's handler never fails, and verification checks.)
 */
function observeAcks(client: RedisClient, onAck: (ids: string[], at: number) => void): RedisClient {
  type Xack = (...args: unknown[]) => Promise<unknown>;
  return new Proxy(client, {
    get(target, property) {
      if (property === "xack") {
        return async (...args: unknown[]) => {
          const reply = await (target.xack as unknown as Xack).apply(target, args);
          onAck(args.slice(2) as string[], now());
          return reply;
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

class Consumption {
  readonly #job: ConsumerJob;
  readonly #client: RedisClient;
  readonly #reader: RedisClient;
  readonly #runner: ConsumerGroupRunner;
  readonly #counts: Uint8Array;
  readonly #sentAt = new Map<string, number>();
  readonly #toHandler: number[] = [];
  readonly #toAck: number[] = [];
  readonly #errors: string[] = [];
  #handled = 0;
  #acked = 0;
  #foreign = 0;
  #startedAt = 0;
  #cpuAtStart = process.cpuUsage();
  #lastAckAt = 0;
  #progress: NodeJS.Timeout | undefined;

  constructor(job: ConsumerJob) {
    this.#job = job;
    this.#counts = new Uint8Array(job.entries);
    this.#client = createRedisClient({ ...job.target, connectionName: job.consumer });
    this.#reader = createBlockingClient({ ...job.target, connectionName: job.consumer });
    this.#runner = new ConsumerGroupRunner({
      client: observeAcks(this.#client, (ids, at) => this.#onAck(ids, at)),
      reader: this.#reader,
      stream: job.stream,
      group: job.group,
      consumer: job.consumer,
      batchSize: job.batchSize,
      concurrency: job.concurrency,
      blockMs: job.blockMs,
      handler: (entries) => this.#handle(entries),
      onError: (error) => this.#errors.push(String(error)),
    });
  }

  async start(): Promise<void> {
    this.#startedAt = now();
    this.#cpuAtStart = process.cpuUsage();
    await this.#runner.start();
    let reported = -1;
    this.#progress = setInterval(() => {
      if (this.#acked === reported) return;
      reported = this.#acked;
      send({ type: "progress", acked: reported });
    }, PROGRESS_EVERY_MS);
  }

  async stop(): Promise<ConsumerResult> {
    clearInterval(this.#progress);
    await this.#runner.stop();
    const cpu = process.cpuUsage(this.#cpuAtStart);
    this.#client.disconnect();
    this.#reader.disconnect();
    return {
      consumer: this.#job.consumer,
      handled: this.#handled,
      acked: this.#acked,
      startedAt: this.#startedAt,
      lastAckAt: this.#lastAckAt,
      counts: this.#counts,
      foreign: this.#foreign,
      toHandlerMs: Float64Array.from(this.#toHandler),
      toAckMs: Float64Array.from(this.#toAck),
      totals: { ...this.#runner.totals },
      cpuMs: (cpu.user + cpu.system) / 1000,
      errors: this.#errors.slice(0, 20),
    };
  }

  /** The bench's handler: counts each entry by sequence number (no JSON parse: the engine is what is measured). */
  #handle(entries: StreamEntry[]): void {
    const at = this.#job.latency ? now() : 0;
    for (const entry of entries) {
      const n = sequenceOf(entry.data);
      if (n < 0 || n >= this.#counts.length) this.#foreign += 1;
      else this.#counts[n] = Math.min(255, (this.#counts[n] as number) + 1);
      if (this.#job.latency) {
        const sentAt = sentAtOf(entry.data);
        this.#sentAt.set(entry.id, sentAt);
        this.#toHandler.push(at - sentAt);
      }
    }
    this.#handled += entries.length;
  }

  #onAck(ids: string[], at: number): void {
    this.#acked += ids.length;
    this.#lastAckAt = at;
    if (!this.#job.latency) return;
    for (const id of ids) {
      const sentAt = this.#sentAt.get(id);
      if (sentAt === undefined) continue;
      this.#toAck.push(at - sentAt);
      this.#sentAt.delete(id);
    }
  }
}

let current: Consumption | undefined;

process.on("message", (message: ToConsumer) => {
  const step =
    message.type === "run"
      ? (async () => {
          current = new Consumption(message.job);
          await current.start();
          send({ type: "running" });
        })()
      : (async () => {
          const result = await current?.stop();
          current = undefined;
          if (result) send({ type: "result", result });
        })();
  step.catch((error: unknown) => {
    console.error("bench consumer:", error);
    process.exit(1);
  });
});
// The bench process owns this one: when it goes, so does the consumer.
process.on("disconnect", () => process.exit(0));
send({ type: "ready" });
