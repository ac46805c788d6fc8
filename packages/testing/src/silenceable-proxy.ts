import { createConnection, createServer, type Socket } from "node:net";

/**
 * A TCP proxy to a local port whose open connections can be silenced: bytes stop flowing both ways, yet neither
 * side sees an error or a close (a half-open connection, as after a network partition). New connections work.
 */
export async function silenceableProxy(targetPort: number) {
  const open = new Set<[Socket, Socket]>();
  const server = createServer((downstream) => {
    const upstream = createConnection(targetPort, "127.0.0.1");
    const pair: [Socket, Socket] = [downstream, upstream];
    open.add(pair);
    downstream.pipe(upstream).on("error", () => {});
    upstream.pipe(downstream).on("error", () => {});
    const forget = () => open.delete(pair);
    downstream.on("close", forget).on("error", forget);
    upstream.on("close", forget).on("error", forget);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    silenceOpenConnections() {
      for (const [downstream, upstream] of open) {
        downstream.unpipe(upstream);
        upstream.unpipe(downstream);
        downstream.pause();
        upstream.pause();
      }
      open.clear();
    },
    close() {
      server.close();
      for (const [downstream, upstream] of open) {
        downstream.destroy();
        upstream.destroy();
      }
    },
  };
}
