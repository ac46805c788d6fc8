// One service of the launched topology, kept running the way ECS keeps a task: its process forked from the entry
// module with this Node, stdout and stderr appended to its log file, ready once it logs its start line, and started
// again after a delay whenever it exits without being asked to (a crash, a kill -9). Each process has a new pid, so
// a consumer name of its own (hostname-pid, functions/config/consumer-name.ts), as a new Fargate task has.
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import type { LaunchedService, ProcessSample } from "./launch.ts";
import type { HeapAnswer, SampleRequest } from "./probe-protocol.ts";
import { processStats } from "./process-stats.ts";
import type { ServiceName } from "./service-table.ts";

export interface SupervisedServiceOptions {
  name: ServiceName;
  module: URL;
  /** The `msg` of the JSON line on stdout that says the process is ready. */
  readyMessage: string;
  execArgv: readonly string[];
  env: Record<string, string>;
  logFile: string;
  restartDelayMs: number;
  readyTimeoutMs: number;
}

/** Lines of output kept for an error that has to say what the process wrote last. */
const TAIL_LINES = 20;
/** How long the probe may take to answer a sample (a full GC of a large heap takes well under a second). */
const SAMPLE_TIMEOUT_MS = 10_000;

interface Waiter {
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class SupervisedService implements LaunchedService {
  readonly name: ServiceName;
  readonly logFile: string;
  readonly #options: SupervisedServiceOptions;
  readonly #log: WriteStream;
  readonly #tail: string[] = [];
  readonly #waiters = new Set<Waiter>();
  #child: ChildProcess | undefined;
  #ready = false;
  /** Whether any process of this service has been ready: before that, an exit is a failure to launch. */
  #everReady = false;
  #starts = 0;
  #stopping = false;
  #restartTimer: NodeJS.Timeout | undefined;
  #sampleId = 0;

  constructor(options: SupervisedServiceOptions) {
    this.#options = options;
    this.name = options.name;
    this.logFile = options.logFile;
    this.#log = createWriteStream(options.logFile, { flags: "a" });
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get starts(): number {
    return this.#starts;
  }

  /** Forks the first process. */
  start(): void {
    this.#fork();
  }

  ready(): Promise<void> {
    if (this.#child && this.#ready) return Promise.resolve();
    if (this.#stopping) return Promise.reject(new Error(`${this.name} is stopped`));
    return new Promise((resolve, reject) => {
      const ms = this.#options.readyTimeoutMs;
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#waiters.delete(waiter);
          reject(this.#failure(`was not ready after ${ms} ms`));
        }, ms),
      };
      this.#waiters.add(waiter);
    });
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const child = this.#child;
    if (!child) throw new Error(`${this.name} has no process to kill: it is being restarted or is stopped`);
    const exited = once(child, "exit");
    child.kill(signal);
    await exited;
  }

  async sample(): Promise<ProcessSample> {
    const child = this.#child;
    const pid = child?.pid;
    if (!child || pid === undefined)
      throw new Error(`${this.name} has no process to sample: it is restarting`);
    const [{ rssBytes, fds }, heapUsedBytes] = await Promise.all([
      processStats(pid),
      this.#heapAfterGc(child),
    ]);
    return { pid, rssBytes, heapUsedBytes, fds };
  }

  /** SIGTERM (no restart from now on), SIGKILL after `graceMs`; resolves once the process has exited. */
  async stop(graceMs: number): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#restartTimer);
    for (const waiter of this.#waiters) this.#settle(waiter, new Error(`${this.name} was stopped`));
    const child = this.#child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    }
    await new Promise((resolve) => this.#log.end(resolve));
  }

  #fork(): void {
    const { module, execArgv, env } = this.#options;
    // Its own session (detached): a Ctrl-C in the launcher's terminal reaches the launcher, which stops the
    // processes in order, not every process at once.
    const child = fork(module, [], {
      execPath: process.execPath,
      execArgv: [...execArgv],
      env,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      detached: true,
    });
    this.#child = child;
    this.#ready = false;
    this.#starts += 1;
    child.stdout?.on(
      "data",
      this.#lines((line) => this.#onStdoutLine(line)),
    );
    child.stderr?.on(
      "data",
      this.#lines(() => undefined),
    );
    child.once("exit", (code, signal) => this.#onExit(child, code, signal));
  }

  /** A `data` listener that appends the chunk to the log and hands each whole line to `take`, and to the tail. */
  #lines(take: (line: string) => void): (chunk: Buffer) => void {
    let partial = "";
    return (chunk) => {
      this.#log.write(chunk);
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        this.#tail.push(line);
        if (this.#tail.length > TAIL_LINES) this.#tail.shift();
        take(line);
      }
    };
  }

  #onStdoutLine(line: string): void {
    if (this.#ready || !line.startsWith("{")) return;
    try {
      if ((JSON.parse(line) as { msg?: unknown }).msg !== this.#options.readyMessage) return;
    } catch {
      return;
    }
    this.#ready = true;
    this.#everReady = true;
    for (const waiter of this.#waiters) this.#settle(waiter);
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#child !== child) return;
    this.#child = undefined;
    this.#ready = false;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (this.#stopping) return;
    if (!this.#everReady) {
      // It never got as far as serving: a configuration or code error, which a restart would only repeat.
      const error = this.#failure(`exited (${how}) before it was ready`);
      for (const waiter of this.#waiters) this.#settle(waiter, error);
      return;
    }
    const { restartDelayMs } = this.#options;
    this.#log.write(
      `${JSON.stringify({ level: "warn", msg: "launcher: process exited, restarting", pid: child.pid, exit: how, restartDelayMs })}\n`,
    );
    this.#restartTimer = setTimeout(() => this.#fork(), restartDelayMs);
  }

  #settle(waiter: Waiter, error?: Error): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
    if (error) waiter.reject(error);
    else waiter.resolve();
  }

  /** An error naming the service and ending with the last lines it wrote. */
  #failure(what: string): Error {
    const tail = this.#tail.filter((line) => line.trim() !== "");
    const last = tail.length > 0 ? `; its last lines (${this.logFile}):\n${tail.join("\n")}` : "";
    return new Error(`${this.name} ${what}${last}`);
  }

  #heapAfterGc(child: ChildProcess): Promise<number> {
    const id = ++this.#sampleId;
    return new Promise((resolve, reject) => {
      const onMessage = (message: HeapAnswer) => {
        if (message?.type !== "sample" || message.id !== id) return;
        cleanUp();
        resolve(message.heapUsedBytes);
      };
      const onExit = () => {
        cleanUp();
        reject(new Error(`${this.name} exited while it was being sampled`));
      };
      const timer = setTimeout(() => {
        cleanUp();
        reject(new Error(`${this.name}: the probe did not answer a sample within ${SAMPLE_TIMEOUT_MS} ms`));
      }, SAMPLE_TIMEOUT_MS);
      const cleanUp = () => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
      const request: SampleRequest = { type: "sample", id };
      child.send(request, (error) => {
        if (!error) return;
        cleanUp();
        reject(error);
      });
    });
  }
}
