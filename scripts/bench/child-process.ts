// The benches' child processes (consumer pools, the frames bench's paced producer and full pipeline): forked with the
// same Node and flags, driven by `{ type }` messages over IPC.
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";

export interface Message {
  type: string;
}

/** Forks `module` (with this process's Node flags, plus `flags`, and its environment plus `env`), waits for "ready". */
export async function forkChild(
  module: URL,
  flags: string[] = [],
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const child = fork(module, [], {
    serialization: "advanced",
    execArgv: [...process.execArgv, ...flags],
    env: { ...process.env, ...env },
  });
  await nextMessage(child, "ready");
  return child;
}

/** The child's next message of this type; rejects if it exits first. */
export function nextMessage<M extends Message>(child: ChildProcess, type: M["type"]): Promise<M> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: M) => {
      if (message.type !== type) return;
      cleanUp();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(new Error(`bench child process exited (code ${code}) while waiting for "${type}"`));
    };
    const cleanUp = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Disconnects (the child exits on disconnect) and waits for the exit. */
export async function closeChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  if (child.connected) child.disconnect();
  else child.kill("SIGTERM");
  await exited;
}

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system, every thread: libuv's pool and libvips's included) a process has used so far, ms, from
 * /proc/<pid>/stat, whose utime and stime are the 14th and 15th fields, in clock ticks.
 */
export async function processCpuMs(pid: number): Promise<number> {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}
