// `npm run launch -- [--redis-url URL] [--dir D]`: the local topology as the cloud runs it, each service its own
// process (scripts/launcher/launch.ts), against the Redis at URL (else SLUICE_REDIS_URL or REDIS_URL, else a
// redis-server started here as npm start starts one, its data in <dir>/redis). The SLUICE_* variables of the shell
// reach every process. Its development token is in <dir>/dev-token, for the api and the gateway (tokens.json beside).
// Prints what runs where; Ctrl-C or SIGTERM stops everything (graceful, then SIGKILL after 20 s).
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { findExecutable, type LocalRedis, startLocalRedis } from "@sluice/local";
import { redisUrlVariable } from "../functions/config/redis.ts";
import { redactUrl } from "../functions/config/redis-url.ts";
import { runCli } from "./cli.ts";
import { launch } from "./launcher/launch.ts";
import { DEV_TOKEN_FILE, TOKENS_FILE } from "./start/dev-token.ts";
import { localDir } from "./start/local-dir.ts";
import { UsageError } from "./usage-error.ts";

const USAGE = `usage: npm run launch -- [--redis-url URL] [--dir D]
  --redis-url  the Redis every process uses (default SLUICE_REDIS_URL or REDIS_URL, else a redis-server started here)
  --dir        the processes' log files, the S3 data and a started Redis's data (default .sluice/launch)`;

function parseOptions(argv: string[]): { redisUrl?: string; dir: string } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { "redis-url": { type: "string" }, dir: { type: "string" } },
      strict: true,
    });
    const variable = redisUrlVariable(process.env);
    const redisUrl = values["redis-url"] ?? (variable && process.env[variable]);
    return { ...(redisUrl && { redisUrl }), dir: values.dir ?? join(localDir(process.env), "launch") };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

await runCli("launch", async () => {
  const options = parseOptions(process.argv.slice(2));
  if (!options.redisUrl && !findExecutable("redis-server")) {
    throw new UsageError(
      "redis-server is not installed: install it (sudo apt-get install -y redis-server) or pass --redis-url",
    );
  }
  const started = Date.now();
  const redis: LocalRedis | undefined = options.redisUrl
    ? undefined
    : await startLocalRedis({ dir: join(options.dir, "redis") });
  const redisUrl = options.redisUrl ?? (redis as LocalRedis).url;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith("SLUICE_") && entry[0] !== "SLUICE_REDIS_URL" && entry[1] !== undefined,
    ),
  );
  const launched = await launch({ redisUrl, dir: options.dir, env }).catch(async (error: unknown) => {
    await redis?.stop();
    throw error;
  });
  const shown = (path: string) =>
    relative(process.cwd(), path).startsWith("..") ? path : relative(process.cwd(), path);
  const lines = [
    `sluice launch: ${Object.keys(launched.services).length} processes ready in ${Date.now() - started} ms`,
    `  redis     ${redactUrl(redisUrl)}${redis ? ` (redis-server pid ${redis.pid} started here, data ${shown(redis.dir)})` : ""}`,
    `  http api  ${launched.apiUrl}`,
    `  grpc      ${launched.grpcAddress}`,
    `  token     ${launched.token}  (all scopes, in ${shown(join(options.dir, DEV_TOKEN_FILE))}; table ${shown(join(options.dir, TOKENS_FILE))})`,
    `            curl -H "Authorization: Bearer $(cat ${shown(join(options.dir, DEV_TOKEN_FILE))})" ${launched.apiUrl}/v1/streams`,
    `  s3        ${launched.s3.endpoint} (data ${shown(launched.s3.dir)}, in this process)`,
    ...Object.values(launched.services).map(
      (service) =>
        `  ${service.name.padEnd(9)} pid ${String(service.pid).padEnd(8)} log ${shown(service.logFile)}`,
    ),
    "A process that exits is started again after 1 s. Ctrl-C stops them all.",
  ];
  console.log(lines.join("\n"));
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the processes${redis ? " and redis-server" : ""}`);
    await launched.stop();
    await redis?.stop();
    const starts = Object.values(launched.services).map((service) => `${service.name} ${service.starts}`);
    console.log(`stopped (process starts: ${starts.join(", ")})`);
    process.exit(0);
  };
  process.on("SIGINT", shutdown).on("SIGTERM", shutdown);
});
