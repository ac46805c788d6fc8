// `npm run ops -- <job>`: runs one scheduled job of functions/jobs/job-table.ts once, through the handler the cloud
// and npm start run (start/local-job-runs.ts), against the local Redis and S3 without the rest of npm start. Redis:
// SLUICE_REDIS_URL or REDIS_URL, else the redis-server of a running npm start (.sluice/redis-url); S3:
// SLUICE_S3_ENDPOINT, else npm start's http://127.0.0.1:4568, with its buckets and account. Prints what it ran, the
// job's outcome (an audit's whole report), and where its log lines went (.sluice/ops.log); exit 0, or 1 with one
// line when the job failed, 2 with the list of jobs for a missing or unknown one.
import { appendFileSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { InvalidInputError } from "@sluice/streams";
import { loadRedisConfig, redisUrlVariable } from "../functions/config/redis.ts";
import { describeRedis } from "../functions/config/redis-url.ts";
import { JOBS } from "../functions/jobs/job-table.ts";
import { runCli, s3Failure } from "./cli.ts";
import { localDir, REDIS_URL_FILE, recordedRedisUrl } from "./start/local-dir.ts";
import { LOCAL_S3_ENDPOINT, localJobEnvironment } from "./start/local-job-environment.ts";
import { jobCommandName, LOCAL_JOBS } from "./start/local-job-runs.ts";
import { UsageError } from "./usage-error.ts";

const byName = new Map(Object.keys(LOCAL_JOBS).map((key) => [jobCommandName(key), key as keyof typeof JOBS]));

function usage(problem: string): UsageError {
  const rows = [...byName].map(([name, key]) => {
    const job = LOCAL_JOBS[key];
    const where = job.cloudOnly ? "  (ElastiCache only)" : "";
    return `  ${name.padEnd(18)} ${JOBS[key].schedule.padEnd(22)} ${job.handler}${where}`;
  });
  return new UsageError(`${problem}\nusage: npm run ops -- <job>\njobs:\n${rows.join("\n")}`);
}

/** Redis as the jobs will find it: the environment's URL, else npm start's recorded one; and where it came from. */
async function redisEnvironment(dir: string): Promise<{ env: Record<string, string>; from: string }> {
  const variable = redisUrlVariable(process.env);
  if (variable !== undefined) return { env: {}, from: variable };
  const file = join(dir, REDIS_URL_FILE);
  const recorded = await recordedRedisUrl(dir);
  if (recorded === undefined) {
    throw new InvalidInputError(
      "config.invalid_environment",
      `no Redis: set SLUICE_REDIS_URL (or REDIS_URL)=redis://host:port, or run npm start, whose own redis-server's URL is in ${file} while it runs`,
    );
  }
  return { env: { SLUICE_REDIS_URL: recorded }, from: `npm start's, from ${file}` };
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const key = name === undefined ? undefined : byName.get(name);
  if (key === undefined)
    throw usage(name === undefined ? "no job named" : `unknown job ${JSON.stringify(name)}`);
  if (rest.length > 0) throw usage(`unexpected arguments: ${rest.join(" ")}`);
  const dir = localDir(process.env);
  const s3Endpoint = process.env.SLUICE_S3_ENDPOINT?.trim() || LOCAL_S3_ENDPOINT;
  // The handlers read their configuration from the environment, as a Lambda does; what is set wins, but for the
  // credentials of a local S3 server (on this machine), which takes only its own: the shell's AWS keys are a
  // deployer's, meant for AWS.
  const redis = await redisEnvironment(dir);
  const s3 = localJobEnvironment(s3Endpoint);
  const onThisMachine = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i.test(s3Endpoint);
  Object.assign(process.env, { ...s3, ...redis.env, ...process.env });
  if (onThisMachine) {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: s3.AWS_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: s3.AWS_SECRET_ACCESS_KEY,
    });
    delete process.env.AWS_SESSION_TOKEN;
  }
  const config = loadRedisConfig(process.env, null);
  const logFile = join(dir, "ops.log");
  mkdirSync(dir, { recursive: true });
  const writeLog = (line: string) => appendFileSync(logFile, `${line}\n`);
  const job = LOCAL_JOBS[key];
  console.log(
    `ops ${name}: ${job.handler} against Redis ${describeRedis(config.redis)} (${redis.from}) and S3 ${s3Endpoint}`,
  );
  const started = Date.now();
  const { report } = await job.run(writeLog).catch((error: unknown) => {
    throw s3Failure(error, s3Endpoint);
  });
  console.log(
    `${report.trimEnd()}\nops ${name}: done in ${Date.now() - started} ms; log and metric lines in ${relative(process.cwd(), logFile) || logFile}`,
  );
}

await runCli(`ops ${process.argv[2] ?? ""}`.trim(), async () => {
  await main(process.argv.slice(2));
  process.exit(0); // the jobs' clients (Redis, S3, encoder threads) are made to live on in a Lambda container
});
