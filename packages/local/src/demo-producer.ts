import { setTimeout as sleep } from "node:timers/promises";
import { type EntryInput, Producer, type ProducerOptions, type RedisClient } from "@sluice/streams";

export interface DemoProducerOptions {
  stream: string;
  /** Events per second (default 3). */
  perSecond?: number;
  /** Called for a failed send (default: console.error); sending goes on. */
  onError?: (error: unknown) => void;
  /** The `n`th entry (from 1); default a `demo.event` JSON entry. */
  entry?: (n: number) => EntryInput;
  /** The stream's publish settings (the Producer's `settingsFor`, e.g. the platform's stream table). */
  settingsFor?: ProducerOptions["settingsFor"];
}

const demoEvent = (n: number): EntryInput => ({
  type: "demo.event",
  data: JSON.stringify({ n, message: `demo event ${n}`, at: new Date().toISOString() }),
  traceId: `demo-${n}`,
});

/** Appends entries (`demo.event` JSON by default) to a stream at a steady rate until stopped, counting them. */
export class DemoProducer {
  produced = 0;
  failed = 0;
  readonly #producer: Producer;
  readonly #options: Required<Omit<DemoProducerOptions, "settingsFor">>;
  readonly #abort = new AbortController();
  #loop: Promise<void> | undefined;

  constructor(client: RedisClient, { settingsFor, ...options }: DemoProducerOptions) {
    this.#producer = new Producer(client, settingsFor && { settingsFor });
    this.#options = {
      perSecond: 3,
      onError: (error) => console.error("demo producer:", error),
      entry: demoEvent,
      ...options,
    };
    if (!(this.#options.perSecond > 0))
      throw new TypeError(`perSecond must be above 0, got ${options.perSecond}`);
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#abort.abort();
    await this.#loop;
  }

  async #run(): Promise<void> {
    const { stream, perSecond, onError, entry } = this.#options;
    const intervalMs = 1000 / perSecond;
    const started = Date.now();
    while (!this.#abort.signal.aborted) {
      const n = this.produced + this.failed + 1;
      try {
        await this.#producer.send(stream, entry(n));
        this.produced += 1;
      } catch (error) {
        this.failed += 1;
        onError(error);
      }
      // Keep the average rate even when a send is slow.
      const wait = started + n * intervalMs - Date.now();
      await sleep(Math.max(0, wait), undefined, { signal: this.#abort.signal }).catch(() => undefined);
    }
  }
}
