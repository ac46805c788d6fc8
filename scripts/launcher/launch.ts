// The multi-process launcher: the local topology as the cloud runs it, each part its own OS process — the HTTP API
// (the Lambda handlers on the local server), the gRPC gateway, the consumer, the proxy workers, the frame pipeline
// and the scheduled jobs — against one Redis endpoint, with a local S3 server in the launcher's own process. Like
// ECS, it starts a process again when it exits unasked. `npm run chaos` and `npm run soak` drive it; `npm run launch`
// (scripts/launch.ts) runs it for people. `npm start` stays one process. Like npm start, it keeps a development token
// in its directory (scripts/start/dev-token.ts) and gives the api and gateway processes its table (SLUICE_TOKENS_FILE);
// the clients of a launched topology send `launched.token`.
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, type S3Server, startS3Server } from "@sluice/testing";
import { ensureDevToken, tokenTableEnvironment } from "../start/dev-token.ts";
import { LOCAL_BUCKETS, localJobEnvironment } from "../start/local-job-environment.ts";
import { SERVICE_NAMES, SERVICES, type ServiceName } from "./service-table.ts";
import { SupervisedService } from "./supervised-service.ts";

export { SERVICE_NAMES, type ServiceName };

export interface LaunchOptions {
  /** The Redis endpoint every process uses (in chaos: a fault proxy in front of the current primary). */
  redisUrl: string;
  /** Directory for the processes' log files (`<name>.log`, stdout and stderr, appended across restarts) and the S3 data. */
  dir: string;
  /** Environment for every process over the launcher's defaults (SLUICE_* variables: streams, routes, ...). */
  env?: Record<string, string>;
  /** Environment for one service, over `env`. */
  envFor?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Which services to start (default all, in SERVICE_NAMES order). */
  services?: readonly ServiceName[];
  /** Like ECS: a process that exits without being asked to is started again after this delay, ms (default 1000). */
  restartDelayMs?: number;
  /** How long a process may take to be ready, ms (default 30000); launch() rejects past it, naming the service and the
   * last lines of its log. */
  readyTimeoutMs?: number;
}

export interface ProcessSample {
  pid: number;
  /** /proc/<pid>/status VmRSS */
  rssBytes: number;
  /** V8 used heap right after a full GC in that process */
  heapUsedBytes: number;
  /** entries of /proc/<pid>/fd */
  fds: number;
}

export interface LaunchedService {
  readonly name: ServiceName;
  /** The current process's pid (undefined while it is being restarted). */
  readonly pid: number | undefined;
  /** How many times a process of this service was started (1 after launch). */
  readonly starts: number;
  readonly logFile: string;
  /** Sends `signal` (default SIGKILL) to the current process; the launcher restarts it after restartDelayMs
   * (any exit it did not ask for counts). Resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Resolves when the current (or the next, while restarting) process is ready; rejects after readyTimeoutMs. */
  ready(): Promise<void>;
  /** Measures the current process (see ProcessSample). */
  sample(): Promise<ProcessSample>;
}

export interface Launched {
  /** http://127.0.0.1:<port> of the api process (a free port chosen at launch, kept across restarts). */
  apiUrl: string;
  /** 127.0.0.1:<port> of the gateway (idem). */
  grpcAddress: string;
  /** The development token of `dir` (`<dir>/dev-token`), with every scope in `<dir>/tokens.json`, the table the api and
   * gateway processes read (unless `env` names another): what the launched topology's clients send. */
  token: string;
  /** The local S3 server the jobs use (startS3Server of @sluice/testing with the buckets of
   * scripts/start/local-job-environment.ts, data under `dir`), started by launch() in the launcher's own process. */
  s3: S3Server;
  /** The environment each job handler reads for S3 (localJobEnvironment(s3.endpoint) + AWS_REGION), so a caller can
   * run a job's handler itself (chaos runs the lake writer once more after the faults). */
  jobEnv: Record<string, string>;
  /** Only the started services are present at runtime. */
  services: Record<ServiceName, LaunchedService>;
  /** SIGTERM to every process (no restarts from then on), waits for them (graceful stop) up to 20 s, then SIGKILL; stops
   * S3. Resolves when all have exited. */
  stop(): Promise<void>;
}

const defaults = {
  env: {} as Record<string, string>,
  envFor: {} as Partial<Record<ServiceName, Record<string, string>>>,
  services: SERVICE_NAMES,
  restartDelayMs: 1000,
  readyTimeoutMs: 30_000,
};
const KNOWN_OPTIONS = new Set([...Object.keys(defaults), "redisUrl", "dir"]);
const HOST = "127.0.0.1";
/** How long stop() lets the processes stop gracefully before SIGKILL (ECS's stopTimeout is 30 s; 20 s keeps runs short). */
const STOP_GRACE_MS = 20_000;
/**
 * What the processes do not inherit from the launcher's environment: where Redis is and every Sluice setting come from
 * the options alone, and an ECS task id would give every process the same consumer name.
 */
const NOT_INHERITED = /^(SLUICE_|SST_RESOURCE_|REDIS_URL$|ECS_CONTAINER_METADATA_URI)/;
const PROBE = new URL("probe.ts", import.meta.url);
/**
 * Node's code cache, the type-stripped sources included, shared by every launch (under the temp dir, as Node advises;
 * entries are keyed by the source's content): a process starts about 1 s sooner, with ~25 MB less RSS (docs).
 */
const COMPILE_CACHE = join(tmpdir(), "sluice-compile-cache");

/** Starts the S3 server and the services' processes; resolves once every process is ready. */
export async function launch(options: LaunchOptions): Promise<Launched> {
  const settings = validate(options);
  await mkdir(settings.dir, { recursive: true });
  const dev = await ensureDevToken(settings.dir);
  const tokenTable = tokenTableEnvironment(settings.env, dev);
  const httpPort = await freePort();
  let grpcPort = await freePort();
  while (grpcPort === httpPort) grpcPort = await freePort();
  const s3 = await startS3Server({ buckets: [...LOCAL_BUCKETS], dir: join(settings.dir, "s3") });
  const jobEnv: Record<string, string> = {
    ...(localJobEnvironment(s3.endpoint) as Record<string, string>),
    AWS_REGION: s3.region,
  };
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !NOT_INHERITED.test(entry[0]),
    ),
  );
  // Per service: what the launcher decides (its ports, the jobs' S3) under the caller's env, the ports over it.
  const launcherEnv: Record<ServiceName, Record<string, string>> = {
    api: { SLUICE_REPLY_MODE: "stream", ...tokenTable },
    gateway: { SLUICE_GRPC_HOST: HOST, ...tokenTable },
    consumer: {},
    proxy: {},
    frames: {},
    jobs: jobEnv,
  };
  const ports: Partial<Record<ServiceName, Record<string, string>>> = {
    api: { SLUICE_HTTP_PORT: String(httpPort) },
    gateway: { SLUICE_GRPC_PORT: String(grpcPort) },
  };
  const services = settings.services.map(
    (name) =>
      new SupervisedService({
        name,
        module: SERVICES[name].module,
        readyMessage: SERVICES[name].ready,
        execArgv: ["--expose-gc", "--import", PROBE.href, ...SERVICES[name].nodeFlags],
        env: {
          ...inherited,
          SLUICE_REDIS_URL: settings.redisUrl,
          NODE_COMPILE_CACHE: COMPILE_CACHE,
          ...launcherEnv[name],
          ...settings.env,
          ...settings.envFor[name],
          ...ports[name],
        },
        logFile: join(settings.dir, `${name}.log`),
        restartDelayMs: settings.restartDelayMs,
        readyTimeoutMs: settings.readyTimeoutMs,
      }),
  );
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= Promise.all(services.map((service) => service.stop(STOP_GRACE_MS))).then(() => s3.stop());
    return stopped;
  };
  try {
    for (const service of services) service.start();
    await Promise.all(services.map((service) => service.ready()));
  } catch (error) {
    await stop();
    throw error;
  }
  // Only the started ones: a caller that launched a subset knows which it asked for.
  const byName = {} as Record<ServiceName, LaunchedService>;
  for (const service of services) byName[service.name] = service;
  return {
    apiUrl: `http://${HOST}:${httpPort}`,
    grpcAddress: `${HOST}:${grpcPort}`,
    token: dev.token,
    s3,
    jobEnv,
    services: byName,
    stop,
  };
}

/** The options over the defaults; a typo or a bad value throws before anything starts. */
function validate(options: LaunchOptions): typeof defaults & LaunchOptions {
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  for (const key of Object.keys(options))
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`unknown option ${JSON.stringify(key)}`);
  if (typeof options.redisUrl !== "string" || !/^rediss?:\/\//.test(options.redisUrl))
    throw new TypeError(
      `redisUrl must be a redis:// or rediss:// URL, got ${JSON.stringify(options.redisUrl)}`,
    );
  if (typeof options.dir !== "string" || options.dir === "")
    throw new TypeError("dir must be a non-empty path");
  const settings = { ...defaults, ...options };
  for (const name of settings.services)
    if (!SERVICE_NAMES.includes(name))
      throw new TypeError(`unknown service ${JSON.stringify(name)}: one of ${SERVICE_NAMES.join(", ")}`);
  if (new Set(settings.services).size !== settings.services.length)
    throw new TypeError(`services names one twice: ${settings.services.join(", ")}`);
  for (const name of Object.keys(settings.envFor))
    if (!SERVICE_NAMES.includes(name as ServiceName))
      throw new TypeError(`envFor names an unknown service ${JSON.stringify(name)}`);
  for (const key of ["restartDelayMs", "readyTimeoutMs"] as const) {
    const value = settings[key];
    if (!Number.isInteger(value) || value < 0)
      throw new TypeError(`${key} must be a whole number of ms, got ${JSON.stringify(value)}`);
  }
  return settings;
}
