import { RedisStartError } from "./errors.ts";
import { freePort } from "./free-port.ts";
import { createTempDir, removeTempDir } from "./process-registry.ts";
import { validateServerOptions } from "./redis-server-args.ts";
import { RedisServerProcess } from "./redis-server-process.ts";
import { type TlsCertificates, tlsCertificates } from "./tls-certificates.ts";
import type { RedisServer, RedisServerOptions } from "./types.ts";

const PORT_ATTEMPTS = 5;

/** Starts a redis-server on a free port of 127.0.0.1 with its own temp dir; resolves once it answers PING. */
export function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  return launchRedis(options, freePort);
}

/** Starts a redis-server on a port from `choosePort`, in a new temp dir that is removed again if it fails. */
export async function launchRedis(
  options: RedisServerOptions,
  choosePort: () => Promise<number>,
): Promise<RedisServerProcess> {
  validateServerOptions(options);
  const certificates = options.tls ? await tlsCertificates() : undefined;
  const dir = await createTempDir("sluice-redis-");
  try {
    return await startOnFreePort(dir, options, certificates, choosePort);
  } catch (error) {
    await removeTempDir(dir);
    throw error;
  }
}

/** Another process may bind the chosen port first (two test workers choosing at once): then try a new port. */
async function startOnFreePort(
  dir: string,
  options: RedisServerOptions,
  certificates: TlsCertificates | undefined,
  choosePort: () => Promise<number>,
): Promise<RedisServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const server = new RedisServerProcess(await choosePort(), dir, options, certificates);
    try {
      await server.start();
      return server;
    } catch (error) {
      const portTaken = error instanceof RedisStartError && error.addressInUse;
      if (!portTaken || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}
