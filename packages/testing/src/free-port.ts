import { once } from "node:events";
import { createServer } from "node:net";

const HOST = "127.0.0.1";
const CLUSTER_BUS_OFFSET = 10_000;
const MAX_PORT = 65_535;
const CLUSTER_PORT_ATTEMPTS = 50;

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it when binding port 0). */
export function freePort(): Promise<number> {
  return bind(0);
}

/** A free port whose cluster bus port (port + 10000) is free as well. */
export async function freeClusterPort(): Promise<number> {
  for (let attempt = 0; attempt < CLUSTER_PORT_ATTEMPTS; attempt++) {
    const port = await freePort();
    const busPort = port + CLUSTER_BUS_OFFSET;
    if (busPort <= MAX_PORT && (await isFree(busPort))) return port;
  }
  throw new Error(`no free port with a free cluster bus port after ${CLUSTER_PORT_ATTEMPTS} attempts`);
}

async function isFree(port: number): Promise<boolean> {
  try {
    await bind(port);
    return true;
  } catch {
    return false;
  }
}

/** Binds the port, closes it again and resolves with the port number that was bound. */
async function bind(port: number): Promise<number> {
  const server = createServer();
  server.listen(port, HOST);
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error(`unexpected address ${address}`);
  return address.port;
}
