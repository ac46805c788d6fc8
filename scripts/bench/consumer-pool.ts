// The consumer processes of the streams bench: forked once, then given one job per phase.
import { type ChildProcess, fork } from "node:child_process";
import { closeChild, nextMessage } from "./child-process.ts";
import type { ConsumerJob, ConsumerResult, FromConsumer, ToConsumer } from "./streams-protocol.ts";

const WORKER = new URL("./streams-consumer.ts", import.meta.url);
const STALL_MS = 30_000;

export class ConsumerPool {
  readonly #children: ChildProcess[];
  readonly #acked: number[];
  #onProgress: (() => void) | undefined;

  private constructor(children: ChildProcess[]) {
    this.#children = children;
    this.#acked = children.map(() => 0);
    children.forEach((child, index) => {
      child.on("message", (message: FromConsumer) => {
        if (message.type !== "progress") return;
        this.#acked[index] = message.acked;
        this.#onProgress?.();
      });
    });
  }

  /** Forks `size` consumer processes (the same Node, same flags) and waits until each has loaded. */
  static async start(size: number): Promise<ConsumerPool> {
    const children = Array.from({ length: size }, () =>
      fork(WORKER, [], { serialization: "advanced", execArgv: process.execArgv }),
    );
    await Promise.all(children.map((child) => nextMessage(child, "ready")));
    return new ConsumerPool(children);
  }

  get size(): number {
    return this.#children.length;
  }

  /** Starts one runner per process (consumer names `<prefix>-<i>`); resolves once every runner has started. */
  async run(job: Omit<ConsumerJob, "consumer">, prefix: string): Promise<void> {
    this.#acked.fill(0);
    await Promise.all(
      this.#children.map((child, index) => {
        const running = nextMessage(child, "running");
        child.send({ type: "run", job: { ...job, consumer: `${prefix}-${index + 1}` } } satisfies ToConsumer);
        return running;
      }),
    );
  }

  /** Resolves once the processes together report `total` acknowledged entries; rejects after a long stall. */
  waitForAcked(total: number, onProgress?: (acked: number) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let last = -1;
      let stall: NodeJS.Timeout | undefined;
      const check = () => {
        const acked = this.#acked.reduce((sum, n) => sum + n, 0);
        if (acked === last) return;
        last = acked;
        onProgress?.(acked);
        clearTimeout(stall);
        if (acked >= total) {
          this.#onProgress = undefined;
          resolve();
          return;
        }
        stall = setTimeout(() => {
          this.#onProgress = undefined;
          reject(new Error(`consumers stalled at ${acked} of ${total} acknowledged entries`));
        }, STALL_MS);
      };
      this.#onProgress = check;
      check();
    });
  }

  /** Stops every runner (gracefully, as on SIGTERM) and collects what each process saw. */
  stop(): Promise<ConsumerResult[]> {
    return Promise.all(
      this.#children.map(async (child) => {
        const result = nextMessage<Extract<FromConsumer, { type: "result" }>>(child, "result");
        child.send({ type: "stop" } satisfies ToConsumer);
        return (await result).result;
      }),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.#children.map(closeChild));
  }
}
