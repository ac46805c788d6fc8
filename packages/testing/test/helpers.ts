import { once } from "node:events";
import { access } from "node:fs/promises";
import { connect as connectPlain } from "node:net";
import { connect as connectTls } from "node:tls";
import type { RedisServer, RedisTarget } from "../src/index.ts";
import { retryUntil } from "../src/retry-until.ts";

export async function serverPid(server: RedisServer): Promise<number> {
  const pid = /process_id:(\d+)/.exec(await server.cli("info", "server"))?.[1];
  if (pid === undefined) throw new Error("INFO server has no process_id");
  return Number(pid);
}

/** "master" or "slave", as INFO replication reports it. */
export async function role(server: RedisServer): Promise<string | undefined> {
  return /role:(\w+)/.exec(await server.cli("info", "replication"))?.[1];
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Connects to the first node using only the target's data, as a client library would (TLS verified against
 * target.tls.ca for servername "localhost"), sends AUTH when the target has a password, then PING.
 * Resolves with the first line of each reply; rejects when the server closes the connection first.
 */
export async function pingThroughTarget(target: RedisTarget): Promise<string[]> {
  const node = target.nodes[0];
  if (!node) throw new Error("target has no nodes");
  const socket = target.tls
    ? connectTls({ ...node, ca: target.tls.ca, servername: "localhost" })
    : connectPlain(node);
  try {
    await once(socket, target.tls ? "secureConnect" : "connect");
    const commands = target.password
      ? [["AUTH", target.username, target.password].filter(Boolean).join(" "), "PING"]
      : ["PING"];
    socket.write(commands.map((command) => `${command}\r\n`).join(""));
    return await readLines(socket, commands.length);
  } finally {
    socket.destroy();
  }
}

async function readLines(socket: NodeJS.ReadableStream, count: number): Promise<string[]> {
  let text = "";
  for await (const chunk of socket) {
    text += String(chunk);
    const lines = text.split("\r\n").slice(0, -1);
    if (lines.length >= count) return lines;
  }
  throw new Error(`connection closed after ${JSON.stringify(text)}`);
}

/** A plain TCP connection that records what it receives and what happens to it, for fault tests. */
export interface RawConnection {
  send(text: string): void;
  /** Everything received so far. */
  received(): string;
  /** "end", "close" and "error:<code>" in the order they happened. */
  events(): string[];
  destroy(): void;
}

export async function rawConnection(node: { host: string; port: number }): Promise<RawConnection> {
  const socket = connectPlain(node);
  let text = "";
  const events: string[] = [];
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => {
    text += chunk;
  });
  socket.on("end", () => events.push("end"));
  socket.on("close", () => events.push("close"));
  socket.on("error", (error: NodeJS.ErrnoException) => events.push(`error:${error.code}`));
  await once(socket, "connect");
  return {
    send: (line) => void socket.write(line),
    received: () => text,
    events: () => [...events],
    destroy: () => void socket.destroy(),
  };
}

/** Polls until `condition` holds, for up to 20 s (generous: the machine is shared). */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  await retryUntil(
    async () => {
      if (!(await condition())) throw new Error("not yet");
    },
    { waitingFor: what, timeoutMs: 20_000 },
  );
}
