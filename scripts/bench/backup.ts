// `npm run bench -- backup [--entries N] [--quick]`: a full logical snapshot of 10 streams with 3 groups each and
// pending entries into a local S3 server (its own process), then a restore of it into an empty redis-server,
// checked against the source; in the same run the baseline: the same entries, already in memory, added to an empty
// redis-server with pipelined XADD (their own ids, 1,000 per pipeline).
import { fork } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { S3Client } from "@aws-sdk/client-s3";
import { BackupStore, restoreSnapshot, takeSnapshot } from "@sluice/ops/backup";
import { createRedisClient, type RedisClient, typed } from "@sluice/streams";
import { startRedis } from "@sluice/testing";
import { UsageError } from "../usage-error.ts";
import { closeChild, nextMessage } from "./child-process.ts";
import type { S3ChildMessage } from "./s3-child.ts";

const USAGE = "usage: npm run bench -- backup [--entries N] [--quick]";
const STREAMS = 10;
const GROUPS = ["all-read", "half-read", "unread"];
const PENDING = 1000;
const BATCH = 1000;

function parseOptions(argv: string[]): { entries: number } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: { entries: { type: "string" }, quick: { type: "boolean" } },
    }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const raw = values.entries;
  const entries =
    typeof raw === "string" ? Number(raw.replaceAll("_", "")) : values.quick ? 100_000 : 1_000_000;
  if (!Number.isSafeInteger(entries) || entries < STREAMS * 2 * PENDING || entries > 10_000_000) {
    throw new UsageError(
      `--entries must be an integer from ${STREAMS * 2 * PENDING} to 10,000,000\n${USAGE}`,
    );
  }
  return { entries };
}

/** A firehose-like JSON payload of about 200 bytes. */
const payload = (n: number) =>
  JSON.stringify({
    did: `did:plc:${(n * 7919).toString(36).padStart(24, "a")}`,
    n,
    at: 1_748_736_000_000 + n,
    text: "x".repeat(100 + (n % 50)),
  });

/** Streams of `perStream` entries; per stream one group that read all and left the last PENDING pending, one that
 * read half and left PENDING pending, one that read nothing. */
async function populate(client: RedisClient, perStream: number): Promise<void> {
  for (let s = 0; s < STREAMS; s++) {
    const key = `sluice:{bench-${s}}`;
    for (let i = 0; i < perStream; i += BATCH) {
      const pipeline = client.pipeline();
      for (let j = i; j < Math.min(i + BATCH, perStream); j++)
        pipeline.xadd(key, "*", "t", "bench.event", "d", payload(j));
      await typed(pipeline.exec());
    }
    for (const [g, group] of GROUPS.entries()) {
      await client.xgroup("CREATE", key, group, "0");
      const read = g === 0 ? perStream : g === 1 ? Math.floor(perStream / 2) : 0;
      for (let done = 0; done < read; ) {
        const count = Math.min(10_000, read - done);
        const reply = (await client.xreadgroup(
          "GROUP",
          group,
          "c1",
          "COUNT",
          count,
          "STREAMS",
          key,
          ">",
        )) as [string, [string, string[]][]][];
        const ids = reply[0]?.[1].map(([id]) => id) ?? [];
        done += ids.length;
        const acked = done >= read ? ids.slice(0, Math.max(0, ids.length - PENDING)) : ids;
        for (let k = 0; k < acked.length; k += BATCH)
          await client.xack(key, group, ...acked.slice(k, k + BATCH));
      }
    }
  }
}

/** What must match after a restore: per stream its length, last id and each group's pending and lag. */
async function fingerprint(client: RedisClient): Promise<string> {
  const parts: string[] = [];
  for (let s = 0; s < STREAMS; s++) {
    const key = `sluice:{bench-${s}}`;
    const info = (await client.call("XINFO", "STREAM", key)) as unknown[];
    const groups = (await client.call("XINFO", "GROUPS", key)) as unknown[][];
    parts.push(
      JSON.stringify([
        key,
        info[info.indexOf("length") + 1],
        info[info.indexOf("last-generated-id") + 1],
        groups.map((g) => [g[g.indexOf("name") + 1], g[g.indexOf("pending") + 1], g[g.indexOf("lag") + 1]]),
      ]),
    );
  }
  return parts.join("\n");
}

/** The baseline: every entry read into memory, then XADDed to `client` with its id, pipelined. */
async function baselineXadd(
  source: RedisClient,
  client: RedisClient,
): Promise<{ entries: number; seconds: number }> {
  const all: [string, [Buffer, Buffer[]][]][] = [];
  for (let s = 0; s < STREAMS; s++) {
    const key = `sluice:{bench-${s}}`;
    all.push([key, (await source.callBuffer("XRANGE", key, "-", "+")) as [Buffer, Buffer[]][]]);
  }
  const started = performance.now();
  let entries = 0;
  for (const [key, list] of all) {
    for (let i = 0; i < list.length; i += BATCH) {
      const pipeline = client.pipeline();
      for (const [id, fields] of list.slice(i, i + BATCH)) pipeline.xadd(key, id, ...fields);
      await typed(pipeline.exec());
    }
    entries += list.length;
  }
  return { entries, seconds: (performance.now() - started) / 1000 };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function run(argv: string[]): Promise<void> {
  const { entries } = parseOptions(argv);
  const perStream = Math.floor(entries / STREAMS);
  console.log(
    `backup bench: ${STREAMS} streams × ${perStream.toLocaleString("en-US")} entries, groups ${GROUPS.join(", ")}; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  await using source = await startRedis();
  await using target = await startRedis();
  await using baseline = await startRedis();
  const s3Child = fork(new URL("./s3-child.ts", import.meta.url), ["backups"], {
    execArgv: process.execArgv,
  });
  const clients = [source, target, baseline].map((r) =>
    createRedisClient({ ...r.target, commandTimeoutMs: 60_000 }),
  );
  const [from, to, base] = clients as [RedisClient, RedisClient, RedisClient];
  try {
    const { settings } = await nextMessage<S3ChildMessage>(s3Child, "s3");
    const s3 = new S3Client(settings);
    const store = new BackupStore({ client: s3, bucket: "backups" });
    await populate(from, perStream);
    console.log(`populated ${(perStream * STREAMS).toLocaleString("en-US")} entries`);

    let started = performance.now();
    const manifest = await takeSnapshot({ redis: from, store });
    const backupSeconds = (performance.now() - started) / 1000;
    const backedUp = manifest.streams.reduce((sum, s) => sum + s.entries, 0);
    const bytes = manifest.streams.reduce((sum, s) => sum + s.chunks.reduce((b, c) => b + c.bytes, 0), 0);
    console.log(
      `backup: ${backedUp.toLocaleString("en-US")} entries in ${round(backupSeconds)} s, ${round(bytes / 1024 ** 2, 1)} MiB of chunks`,
    );

    started = performance.now();
    const report = await restoreSnapshot({ redis: to, store, snapshotId: manifest.id });
    const restoreSeconds = (performance.now() - started) / 1000;
    const restored = report.streams.reduce((sum, s) => sum + s.entries, 0);
    const unrestored = report.unrestoredPending.map((p) => `${p.stream} ${p.group} ${p.id}: ${p.reason}`);
    const problems = [...report.problems, ...unrestored];
    if (problems.length > 0 || (await fingerprint(to)) !== (await fingerprint(from))) {
      throw new Error(`the restore differs from the source: ${problems.slice(0, 5).join("; ")}`);
    }
    console.log(
      `restore: ${restored.toLocaleString("en-US")} entries, groups and ${report.streams.reduce((s, r) => s + r.pending, 0)} pending entries in ${round(restoreSeconds)} s; identical to the source`,
    );

    const xadd = await baselineXadd(from, base);
    const restorePerSecond = Math.round(restored / restoreSeconds);
    const baselinePerSecond = Math.round(xadd.entries / xadd.seconds);
    console.log(
      `baseline: pipelined XADD of the same ${xadd.entries.toLocaleString("en-US")} entries in ${round(xadd.seconds)} s`,
    );
    s3.destroy();
    console.log(
      JSON.stringify({
        bench: "backup",
        entries: restored,
        backup_s: round(backupSeconds),
        restore_s: round(restoreSeconds),
        restore_per_s: restorePerSecond,
        baseline_xadd_per_s: baselinePerSecond,
        ratio: round(restorePerSecond / baselinePerSecond, 3),
        backup_mib: round(bytes / 1024 ** 2, 1),
      }),
    );
  } finally {
    for (const client of clients) client.disconnect();
    await closeChild(s3Child);
  }
}
