import type { ChildProcess } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { platform } from "node:os";
import { join } from "node:path";
import { RedisStartError } from "./errors.ts";
import { removeTempDir, spawnTracked } from "./process-registry.ts";
import { type CliConnection, redisCli } from "./redis-cli.ts";
import { REDIS_HOST, redisServerArgs } from "./redis-server-args.ts";
import { retryUntil } from "./retry-until.ts";
import type { TlsCertificates } from "./tls-certificates.ts";
import type { RedisServer, RedisServerOptions, RedisTarget } from "./types.ts";

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;
const LOG_TAIL_LINES = 20;

/** One redis-server child process on a fixed port and data dir; start() may be called again after it exits. */
export class RedisServerProcess implements RedisServer {
  readonly host = REDIS_HOST;
  readonly port: number;
  readonly dir: string;
  readonly target: RedisTarget;
  readonly #logFile: string;
  readonly #args: string[];
  readonly #connection: CliConnection;
  #child: ChildProcess | undefined;
  #exited: Promise<void> = Promise.resolve();
  #stopping: Promise<void> | undefined;
  #paused = false;

  constructor(port: number, dir: string, options: RedisServerOptions, certificates?: TlsCertificates) {
    this.port = port;
    this.dir = dir;
    this.#logFile = join(dir, "redis.log");
    this.#args = redisServerArgs({ port, dir, logFile: this.#logFile, certificates }, options);
    const username = options.user?.name;
    const password = options.user?.password ?? options.password;
    this.#connection = { host: this.host, port, caFile: certificates?.caFile, username, password };
    this.target = {
      mode: "standalone",
      nodes: [{ host: this.host, port }],
      ...(certificates && { tls: { ca: certificates.ca } }),
      ...(username !== undefined && { username }),
      ...(password !== undefined && { password }),
    };
  }

  /** Spawns redis-server and waits until it answers PING; on failure it is killed and RedisStartError thrown. */
  async start(): Promise<void> {
    const logStart = await fileSize(this.#logFile);
    try {
      await this.#spawnAndPing();
    } catch (error) {
      await this.kill();
      const reason = error instanceof Error ? error.message : String(error);
      throw new RedisStartError(this.port, reason, await this.#logSince(logStart), { cause: error });
    }
  }

  cli(...args: string[]): Promise<string> {
    return redisCli(this.#connection, args);
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#signal("SIGTERM").then(() => removeTempDir(this.dir));
    return this.#stopping;
  }

  kill(): Promise<void> {
    return this.#signal("SIGKILL");
  }

  get pid(): number | undefined {
    return this.#runningChild()?.pid;
  }

  async pause(): Promise<void> {
    const child = this.#runningChild();
    if (!child) throw new Error(`redis-server on port ${this.port} is not running: it cannot be paused`);
    child.kill("SIGSTOP");
    this.#paused = true;
    await this.#waitForProcessState(child, true);
  }

  async resume(): Promise<void> {
    const child = this.#runningChild();
    if (!child) return;
    child.kill("SIGCONT");
    this.#paused = false;
    await this.#waitForProcessState(child, false);
  }

  isPaused(): boolean {
    return this.#paused && this.isRunning();
  }

  async restart(): Promise<void> {
    if (this.#stopping) throw new Error(`redis-server on port ${this.port} was stopped and its dir removed`);
    await this.#signal("SIGTERM");
    await this.start();
  }

  isRunning(): boolean {
    return this.#runningChild() !== undefined;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  async #spawnAndPing(): Promise<void> {
    const child = await spawnTracked("redis-server", this.#args, this.#logFile);
    this.#paused = false;
    const exit = new AbortController();
    this.#child = child;
    this.#exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        exit.abort(new Error(`redis-server exited with ${code === null ? signal : `code ${code}`}`));
        resolve();
      });
    });
    const ping = (signal: AbortSignal) => redisCli(this.#connection, ["ping"], signal);
    await retryUntil(ping, { waitingFor: "PING", timeoutMs: START_TIMEOUT_MS, signal: exit.signal });
  }

  /** Sends the signal and waits for the exit; SIGKILL follows if a graceful stop hangs. */
  async #signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.#runningChild();
    if (!child) return;
    const forceKill = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    // A stopped process keeps SIGTERM pending until it continues (SIGKILL ends it either way).
    if (this.#paused) child.kill("SIGCONT");
    this.#paused = false;
    child.kill(signal);
    await this.#exited;
    clearTimeout(forceKill);
  }

  /** Linux shows a stopped process as state T in /proc; elsewhere the signal is trusted. */
  async #waitForProcessState(child: ChildProcess, stopped: boolean): Promise<void> {
    if (platform() !== "linux" || child.pid === undefined) return;
    const stat = `/proc/${child.pid}/stat`;
    const waitingFor = `redis-server on port ${this.port} ${stopped ? "stopped" : "running"} (${stat})`;
    await retryUntil(
      async () => {
        // The state follows the command name, which is in parentheses: "1234 (redis-server) T ...".
        const text = await readFile(stat, "utf8");
        const state = text[text.lastIndexOf(")") + 2];
        if ((state === "T") !== stopped) throw new Error(`state is ${state}`);
      },
      { waitingFor, timeoutMs: START_TIMEOUT_MS },
    );
  }

  #runningChild(): ChildProcess | undefined {
    const child = this.#child;
    return child && child.exitCode === null && child.signalCode === null ? child : undefined;
  }

  async #logSince(offset: number): Promise<string> {
    const log = await readFile(this.#logFile).catch(() => Buffer.alloc(0));
    const lines = log.subarray(offset).toString("utf8").trim().split("\n");
    return lines.slice(-LOG_TAIL_LINES).join("\n");
  }
}

async function fileSize(file: string): Promise<number> {
  const stats = await stat(file).catch(() => undefined);
  return stats?.size ?? 0;
}
