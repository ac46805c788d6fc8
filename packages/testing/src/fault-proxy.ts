// A TCP proxy on 127.0.0.1 that injects network faults between clients and a Redis node: the local stand-in for an
// endpoint whose DNS flips (ElastiCache's primary endpoint after a failover), a slow link, a partition, a reset.
import { once } from "node:events";
import { createConnection, createServer, type Socket } from "node:net";
import { type LinkDelay, ProxyLink } from "./proxy-link.ts";
import type { FaultProxy, ProxyUpstream } from "./types.ts";

const HOST = "127.0.0.1";

/** Both sockets of one client connection and the two links between them. */
class ProxiedConnection {
  readonly #downstream: Socket;
  readonly #upstream: Socket;
  readonly #links: ProxyLink[];

  constructor(downstream: Socket, upstream: Socket, delay: LinkDelay, onClose: () => void) {
    this.#downstream = downstream;
    this.#upstream = upstream;
    this.#links = [new ProxyLink(downstream, upstream, delay), new ProxyLink(upstream, downstream, delay)];
    // An error on one side (the upstream refused, the client reset) resets the other; a clean end travels through
    // the links, in order after the bytes before it.
    downstream.on("error", () => upstream.resetAndDestroy());
    upstream.on("error", () => downstream.resetAndDestroy());
    let open = 2;
    const closed = () => {
      open -= 1;
      if (open === 0) {
        for (const link of this.#links) link.stop();
        onClose();
      }
    };
    downstream.on("close", closed);
    upstream.on("close", closed);
  }

  hold(): void {
    for (const link of this.#links) link.hold();
  }

  release(): void {
    for (const link of this.#links) link.release();
  }

  /** Both sides see a TCP reset (ECONNRESET). */
  reset(): void {
    this.#downstream.resetAndDestroy();
    this.#upstream.resetAndDestroy();
  }

  /** Both sides see a close. */
  close(): void {
    this.#downstream.destroy();
    this.#upstream.destroy();
  }
}

/**
 * Starts a proxy on a free port of 127.0.0.1 to `upstream`. Faults apply to open and new connections alike unless
 * said otherwise; heal() ends them all.
 */
export async function faultProxy(upstream: ProxyUpstream): Promise<FaultProxy> {
  let current = checkedUpstream(upstream);
  const delay: LinkDelay = { latencyMs: 0 };
  let holdNew = false;
  let dropping = false;
  const open = new Set<ProxiedConnection>();

  const server = createServer((downstream) => {
    if (dropping) {
      downstream.on("error", () => {});
      downstream.resetAndDestroy();
      return;
    }
    const connection = new ProxiedConnection(downstream, createConnection(current), delay, () =>
      open.delete(connection),
    );
    open.add(connection);
    if (holdNew) connection.hold();
  });
  server.listen(0, HOST);
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("fault proxy has no port");
  const port = address.port;

  const close = async () => {
    const closed = once(server, "close");
    server.close();
    for (const connection of open) connection.close();
    await closed;
  };
  return {
    host: HOST,
    port,
    target: { nodes: [{ host: HOST, port }] },
    repoint(next, { closeOpen = false } = {}) {
      current = checkedUpstream(next);
      if (closeOpen) for (const connection of open) connection.close();
    },
    latency(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new TypeError(`faultProxy: latency must be >= 0 ms, got ${ms}`);
      delay.latencyMs = ms;
    },
    blackhole({ openOnly = false } = {}) {
      holdNew = !openOnly;
      for (const connection of open) connection.hold();
    },
    drop() {
      dropping = true;
      for (const connection of open) connection.reset();
    },
    heal() {
      delay.latencyMs = 0;
      holdNew = false;
      dropping = false;
      for (const connection of open) connection.release();
    },
    connections: () => open.size,
    close,
    [Symbol.asyncDispose]: close,
  };
}

function checkedUpstream(upstream: ProxyUpstream): ProxyUpstream {
  const { host, port } = upstream ?? {};
  if (typeof host !== "string" || !Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new TypeError(`faultProxy: upstream must be { host, port }, got ${JSON.stringify(upstream)}`);
  }
  return { host, port };
}
