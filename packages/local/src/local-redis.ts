import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { accessSync, constants } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { connect } from "node:net";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SluiceError } from "@sluice/streams";
import { freePort } from "@sluice/testing";

/** A redis-server started by `npm start`, with its data kept across runs. */
export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  /** Data dir: the AOF (appendonlydir/), redis.log, redis.pid. */
  dir: string;
  logFile: string;
  /** SIGTERM (Redis fsyncs its AOF and exits), SIGKILL if it has not exited after 10 s. */
  stop(): Promise<void>;
}

const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const PORT_ATTEMPTS = 5;

/** Why a local Redis could not be started; `code` is `local.redis_not_installed`, `local.data_dir_in_use` or `local.redis_start_failed`. */
export class LocalRedisError extends SluiceError {
  override name = "LocalRedisError";
}

/** The absolute path of an executable on PATH, or undefined. */
export function findExecutable(name: string, path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this dir
    }
  }
  return undefined;
}

/**
 * Starts redis-server on a free port of 127.0.0.1 with its data in `dir` (AOF fsync every second, `noeviction`,
 * no RDB snapshots), in its own process group so a terminal's Ctrl-C reaches only its parent, which stops it last.
 * On Linux it also gets SIGTERM if the parent dies (util-linux setpriv), so it never outlives a killed parent.
 */
export async function startLocalRedis({
  dir,
  executable,
}: {
  dir: string;
  executable?: string;
}): Promise<LocalRedis> {
  const binary = executable ?? findExecutable("redis-server");
  if (!binary) {
    throw new LocalRedisError(
      "not_found",
      "local.redis_not_installed",
      "redis-server is not installed (not on PATH)",
    );
  }
  await mkdir(dir, { recursive: true });
  await assertDirFree(dir);
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const logFile = join(dir, "redis.log");
    const logStart = (await readFile(logFile).catch(() => Buffer.alloc(0))).length;
    const child = spawn(...withParentDeathSignal(binary, serverArgs(port, dir, logFile)), {
      detached: true,
      stdio: "ignore",
    });
    try {
      await once(child, "spawn");
      await waitForPing(port, child);
      return {
        url: `redis://${HOST}:${port}`,
        port,
        pid: child.pid as number,
        dir,
        logFile,
        stop: () => stop(child),
      };
    } catch (error) {
      await stop(child);
      const log = (await readFile(logFile).catch(() => Buffer.alloc(0))).subarray(logStart).toString().trim();
      if (log.includes("Address already in use") && attempt < PORT_ATTEMPTS) continue;
      const reason = error instanceof Error ? error.message : String(error);
      const message = `redis-server failed to start: ${reason}\n--- ${logFile} ---\n${log.split("\n").slice(-20).join("\n")}`;
      throw new LocalRedisError("unavailable", "local.redis_start_failed", message, { cause: error });
    }
  }
}

function serverArgs(port: number, dir: string, logFile: string): string[] {
  return [
    ...["--bind", HOST, "--port", String(port), "--daemonize", "no"],
    ...["--dir", dir, "--logfile", logFile, "--pidfile", join(dir, "redis.pid")],
    // A stream is a buffer: durable to the last second, never evicted (as ElastiCache is configured).
    ...["--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--maxmemory-policy", "noeviction"],
  ];
}

/** Two servers on one AOF would corrupt it: refuse while the pid in redis.pid is alive. */
async function assertDirFree(dir: string): Promise<void> {
  const pid = Number((await readFile(join(dir, "redis.pid"), "utf8").catch(() => "")).trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
  }
  throw new LocalRedisError(
    "conflict",
    "local.data_dir_in_use",
    `${dir} is in use by redis-server pid ${pid} (another npm start?): stop it, or set SLUICE_LOCAL_DIR`,
  );
}

let setpriv: boolean | undefined;
function withParentDeathSignal(command: string, args: string[]): [string, string[]] {
  setpriv ??=
    process.platform === "linux" && spawnSync("setpriv", ["--version"], { stdio: "ignore" }).status === 0;
  return setpriv ? ["setpriv", ["--pdeathsig", "TERM", command, ...args]] : [command, args];
}

async function waitForPing(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`it exited with ${child.exitCode ?? child.signalCode}`);
    }
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`no PONG within ${READY_TIMEOUT_MS} ms`);
    await sleep(50);
  }
}

/** True when the server answers PONG (not LOADING, not refused). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, HOST);
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      reply += chunk.toString();
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG"));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, "exit");
  const forceKill = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  child.kill("SIGTERM");
  await exited;
  clearTimeout(forceKill);
}
