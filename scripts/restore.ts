// `npm run restore -- --to <redis-url> [--snapshot ID | --at TIME] [--replace] [--bucket B] [--s3-endpoint URL]`:
// restores a full logical snapshot (takeSnapshot of @sluice/ops/backup) into a Redis: streams with their ids, counters,
// groups, consumers and pending entries, and the other keys; then the incremental backups' entries after it, up to
// --at or all of them. Progress on stderr; the last line on stdout is the report as JSON, with the pending entries
// that could not be claimed again under `unrestoredPending` and everything else not restored under `problems`.
import { parseArgs } from "node:util";
import { BackupStore, restoreSnapshot, snapshotTime } from "@sluice/ops/backup";
import { createRedisClient } from "@sluice/streams";
import { oneOf } from "../functions/config/env.ts";
import { withRedisCaFile } from "../functions/config/redis.ts";
import { redisConfigFromUrl } from "../functions/config/redis-url.ts";
import { createS3Client } from "../functions/shared/s3-client.ts";
import { runCli, s3Failure } from "./cli.ts";
import { createProgress } from "./progress.ts";
import { UsageError } from "./usage-error.ts";

const USAGE = `usage: npm run restore -- --to <redis-url> [--snapshot ID | --at TIME] [--replace]
  [--bucket B] [--prefix P] [--s3-endpoint URL]
  --to           redis://[user:password@]host:port or rediss://… (SLUICE_REDIS_MODE=cluster for a cluster,
                 SLUICE_REDIS_CA_FILE for a server signed by a private CA)
  --snapshot ID  this snapshot alone (default: the newest, and the incremental backups after it)
  --at TIME      the state at TIME (ISO 8601): the newest snapshot taken by then, and the entries backed up
                 incrementally after it that were added by TIME
  --replace      restore into a Redis that holds keys, overwriting the backup's (default: refuse)
  --bucket B     the backup bucket (default SLUICE_BACKUP_BUCKET, else "backups")
  --prefix P     key prefix of the backups in the bucket (default none)
  --s3-endpoint  an S3-compatible server, e.g. npm start's http://127.0.0.1:4568 (default SLUICE_S3_ENDPOINT, else AWS)`;

interface Options {
  to: string;
  snapshot?: string;
  at?: number;
  replace: boolean;
  bucket: string;
  prefix: string;
  endpoint?: string;
}

function parseOptions(argv: string[]): Options {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        to: { type: "string" },
        snapshot: { type: "string" },
        at: { type: "string" },
        replace: { type: "boolean" },
        bucket: { type: "string" },
        prefix: { type: "string" },
        "s3-endpoint": { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (typeof values.to !== "string") throw new UsageError(`--to is required\n${USAGE}`);
  if (values.snapshot !== undefined && values.at !== undefined) {
    throw new UsageError(`--snapshot and --at exclude each other\n${USAGE}`);
  }
  const at = typeof values.at === "string" ? Date.parse(values.at) : undefined;
  if (at !== undefined && Number.isNaN(at)) {
    throw new UsageError(
      `--at must be a time like 2026-12-02T15:30:00Z, got ${JSON.stringify(values.at)}\n${USAGE}`,
    );
  }
  const endpoint = (values["s3-endpoint"] as string | undefined) ?? process.env.SLUICE_S3_ENDPOINT;
  return {
    to: values.to,
    ...(typeof values.snapshot === "string" && { snapshot: values.snapshot }),
    ...(at !== undefined && { at }),
    replace: values.replace === true,
    bucket: (values.bucket as string | undefined) ?? process.env.SLUICE_BACKUP_BUCKET ?? "backups",
    prefix: (values.prefix as string | undefined) ?? "",
    ...(endpoint && { endpoint }),
  };
}

export async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  let config: ReturnType<typeof redisConfigFromUrl>;
  try {
    const mode = oneOf(process.env, "SLUICE_REDIS_MODE", ["standalone", "cluster"]) ?? "standalone";
    config = withRedisCaFile(process.env, redisConfigFromUrl(options.to, mode, "--to"));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const s3 = createS3Client(options.endpoint);
  const redis = createRedisClient({ ...config, connectionName: "sluice-restore", commandTimeoutMs: 60_000 });
  redis.on("error", () => undefined); // failures surface through the commands
  try {
    const store = new BackupStore({ client: s3, bucket: options.bucket, prefix: options.prefix });
    let snapshotId = options.snapshot;
    if (options.at !== undefined) {
      const at = options.at;
      snapshotId = (await store.snapshotIds()).filter((id) => snapshotTime(id) <= at).at(-1);
      if (snapshotId === undefined)
        throw new UsageError(`no snapshot was taken at or before ${new Date(at).toISOString()}`);
    }
    let progress: ReturnType<typeof createProgress> | undefined;
    let restored = 0;
    // The newest state backed up: a snapshot and the increments after it, up to --at (or all of them); a snapshot
    // named by --snapshot alone.
    const until = options.at ?? (options.snapshot === undefined ? Number.POSITIVE_INFINITY : undefined);
    const report = await restoreSnapshot({
      redis,
      store,
      ...(snapshotId && { snapshotId }),
      ...(until !== undefined && { until }),
      replace: options.replace,
      onProgress: (p) => {
        progress ??= createProgress("restore", p.total);
        restored = p.restored;
        progress.update(restored);
      },
    });
    progress?.finish(restored);
    console.log(JSON.stringify(report));
  } catch (error) {
    throw s3Failure(error, options.endpoint);
  } finally {
    redis.disconnect();
    s3.destroy();
  }
}

// Bad arguments exit 2; a refused or failed restore (non-empty target, corrupt chunk, S3 or Redis down) exits 1.
await runCli("restore", () => main(process.argv.slice(2)));
