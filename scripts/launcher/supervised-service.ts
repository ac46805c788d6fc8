// One service of the launched topology, kept running the way ECS keeps a task: its process forked from the entry
// module with this Node, its stdout and stderr appended straight to its log file (they outlive the launcher), ready
// once it logs its start line, and started again after a delay whenever it exits without being asked to (a crash, a
// kill -9). Each process has a new pid, so a consumer name of its own (hostname-pid,
// functions/config/consumer-name.ts), as a new Fargate task has.
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { appendFileSync, closeSync, openSync } from "node:fs";
import type { LaunchedService, ProcessSample } from "./launch.ts";
import { followLines, lastLines, logSize } from "./log-lines.ts";
import type { HeapAnswer, SampleRequest } from "./probe-protocol.ts";
import { processStats } from "./process-stats.ts";
import type { ServiceName } from "./service-table.ts";

export interface SupervisedServiceOptions {
  name: ServiceName;
  module: URL;
  /** The `msg` of the JSON line in its output that says the process is ready. */
  readyMessage: string;
  execArgv: readonly string[];
  env: Record<string, string>;
  logFile: string;
  restartDelayMs: number;
  readyTimeoutMs: number;
}

/** Lines of the log an error quotes to say what the process wrote last. */
const TAIL_LINES = 20;
/** How often the log is read for the start line while a process is not ready yet. */
const READY_POLL_MS = 50;
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
  readonly #waiters = new Set<Waiter>();
  #child: ChildProcess | undefined;
  #ready = false;
  /** Reads the current process's output for its start line, until it is ready or gone. */
  #follower: { stop(): void } | undefined;
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
  }

  #fork(): void {
    const { module, execArgv, env, logFile } = this.#options;
    const output = openSync(logFile, "a");
    const from = logSize(logFile);
    let child: ChildProcess;
    try {
      // Its own session (detached): a Ctrl-C in the launcher's terminal reaches the launcher, which stops the
      // processes, not every process at once.
      child = fork(module, [], {
        execPath: process.execPath,
        execArgv: [...execArgv],
        env,
        stdio: ["ignore", output, output, "ipc"],
        detached: true,
      });
    } finally {
      closeSync(output);
    }
    this.#child = child;
    this.#ready = false;
    this.#starts += 1;
    this.#follower = followLines(logFile, from, (line) => this.#onLine(line), READY_POLL_MS);
    child.once("exit", (code, signal) => this.#onExit(child, code, signal));
    // A process that could not be spawned or signalled: said in its log (an 'error' with no listener would throw).
    child.on("error", (error) =>
      this.#note({ level: "error", msg: "launcher: process error", error: error.message }),
    );
  }

  #onLine(line: string): void {
    if (this.#ready || !line.startsWith("{")) return;
    try {
      if ((JSON.parse(line) as { msg?: unknown }).msg !== this.#options.readyMessage) return;
    } catch {
      return;
    }
    this.#ready = true;
    this.#everReady = true;
    this.#follower?.stop();
    for (const waiter of this.#waiters) this.#settle(waiter);
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#child !== child) return;
    this.#child = undefined;
    this.#ready = false;
    this.#follower?.stop();
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (this.#stopping) return;
    if (!this.#everReady) {
      // It never got as far as serving: a configuration or code error, which a restart would only repeat.
      const error = this.#failure(`exited (${how}) before it was ready`);
      for (const waiter of this.#waiters) this.#settle(waiter, error);
      return;
    }
    const { restartDelayMs } = this.#options;
    this.#note({
      level: "warn",
      msg: "launcher: process exited, restarting",
      pid: child.pid,
      exit: how,
      restartDelayMs,
    });
    this.#restartTimer = setTimeout(() => this.#fork(), restartDelayMs);
  }

  #settle(waiter: Waiter, error?: Error): void {
    clearTimeout(waiter.timer);
    this.#waiters.delete(waiter);
    if (error) waiter.reject(error);
    else waiter.resolve();
  }

  /** A line of the launcher's own in the service's log. */
  #note(record: object): void {
    try {
      appendFileSync(this.logFile, `${JSON.stringify(record)}\n`);
    } catch (error) {
      console.error(`launcher: ${this.name}'s log ${this.logFile}: ${(error as Error).message}`);
    }
  }

  /** An error naming the service and ending with the last lines of its log. */
  #failure(what: string): Error {
    const tail = lastLines(this.logFile, TAIL_LINES);
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
