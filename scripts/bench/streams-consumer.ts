// One consumer process of the streams bench, deployed as a Fargate task would run it, consuming with the engine its
// job names (Sluice's runner, the bare loop, a BullMQ Worker). Driven over IPC by scripts/bench/streams.ts through
// ConsumerPool (messages in streams-protocol.ts).
import type { RunnerTotals } from "@sluice/streams";
import { startBareConsumer } from "./streams-bare-consumer.ts";
import { startBullmqConsumer } from "./streams-bullmq-consumer.ts";
import {
  type ConsumerJob,
  type ConsumerKind,
  type ConsumerResult,
  type FromConsumer,
  now,
  type ToConsumer,
} from "./streams-protocol.ts";
import { startSluiceConsumer } from "./streams-sluice-consumer.ts";
import { Tally } from "./streams-tally.ts";

const PROGRESS_EVERY_MS = 50;

const ENGINES: Record<ConsumerKind, typeof startSluiceConsumer> = {
  sluice: startSluiceConsumer,
  bare: startBareConsumer,
  bullmq: startBullmqConsumer,
};

function send(message: FromConsumer): void {
  process.send?.(message);
}

class Consumption {
  readonly #tally: Tally;
  readonly #stop: () => Promise<RunnerTotals>;
  readonly #startedAt: number;
  readonly #cpuAtStart: NodeJS.CpuUsage;
  readonly #progress: NodeJS.Timeout;

  private constructor(
    tally: Tally,
    stop: () => Promise<RunnerTotals>,
    startedAt: number,
    cpu: NodeJS.CpuUsage,
  ) {
    this.#tally = tally;
    this.#stop = stop;
    this.#startedAt = startedAt;
    this.#cpuAtStart = cpu;
    let reported = -1;
    this.#progress = setInterval(() => {
      if (tally.acked === reported) return;
      reported = tally.acked;
      send({ type: "progress", acked: reported });
    }, PROGRESS_EVERY_MS);
  }

  static async start(job: ConsumerJob): Promise<Consumption> {
    const tally = new Tally(job);
    const startedAt = now();
    const cpu = process.cpuUsage();
    const stop = await ENGINES[job.kind](job, tally);
    return new Consumption(tally, stop, startedAt, cpu);
  }

  async stop(): Promise<ConsumerResult> {
    clearInterval(this.#progress);
    const totals = await this.#stop();
    const cpu = process.cpuUsage(this.#cpuAtStart);
    return this.#tally.result(this.#startedAt, (cpu.user + cpu.system) / 1000, totals);
  }
}

let current: Consumption | undefined;

process.on("message", (message: ToConsumer) => {
  const step =
    message.type === "run"
      ? (async () => {
          current = await Consumption.start(message.job);
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
