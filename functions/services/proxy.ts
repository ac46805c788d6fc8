// Fargate main of the Proxy service: a proxy worker serving the configured request-reply routes (SLUICE_PROXY_ROUTES)
// with SLUICE_PROXY_TERMINALS requests at a time per route, EMF metrics on stdout, and on SIGTERM/SIGINT a graceful
// stop (in-flight requests finish or are handed back to other workers, connections close, exit 0).
import { type ProxyWorker, startProxyWorker } from "@sluice/requests";
import { resolveConsumerName } from "../config/consumer-name.ts";
import { describeRedis } from "../config/redis-url.ts";
import { loadProxyConfig, type ProxyConfig } from "../config/requests.ts";
import { isMain, mainLog, stopOnSignals } from "../shared/main-lifecycle.ts";
import { proxyRoutes } from "../shared/proxy-routes.ts";

/** Starts a proxy worker for a configuration; `write` takes log and metric lines (default stdout). */
export function runProxyWorker(config: ProxyConfig, write?: (line: string) => void): Promise<ProxyWorker> {
  return startProxyWorker({
    redis: config.redis,
    routes: proxyRoutes(config),
    consumer: resolveConsumerName(),
    group: config.group,
    terminals: config.terminals,
    visibilityTimeoutMs: config.visibilityTimeoutMs,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    ...(write && { write }),
  });
}

if (isMain(import.meta)) {
  const config = loadProxyConfig();
  const worker = await runProxyWorker(config);
  const log = mainLog({ consumer: worker.consumer });
  const { redis, ...settings } = config;
  log("proxy started", { ...settings, redis: describeRedis(redis) });
  stopOnSignals("proxy", log, async () => {
    await worker.stop();
    return { stats: worker.stats };
  });
}
