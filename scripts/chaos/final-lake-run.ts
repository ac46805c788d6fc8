// The lake writer once more after the faults, so that the books find every lake event in S3: the job's own handler
// through `npm run ops -- lake-writer` (a process of its own, configured by environment as a Lambda is), against the
// endpoint and the launcher's S3 server, until the lake's group on the stream has nothing pending or undelivered. A
// run can find the lock still held by one the jobs process was killed in (it lapses 60 s after its last renewal) or
// running on schedule: it then writes nothing, and the next try comes 2 s later.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { RedisClient } from "@sluice/streams";
import { unsettledGroups } from "./books.ts";

const OPS = fileURLToPath(new URL("../ops.ts", import.meta.url));
const RUN_TIMEOUT_MS = 120_000;
const RETRY_AFTER_MS = 2000;

/** Runs the lake writer until `<stream>/<group>` is drained or `timeoutMs` passes; resolves with the runs made. */
export async function drainLake(options: {
  client: RedisClient;
  env: Record<string, string>;
  dir: string;
  stream: string;
  group: string;
  timeoutMs: number;
}): Promise<number> {
  const { client, env, dir, stream, group, timeoutMs } = options;
  const deadline = performance.now() + timeoutMs;
  const log = join(dir, "final-lake-run.log");
  let runs = 0;
  for (;;) {
    runs += 1;
    await runOnce(env, log);
    const left = await unsettledGroups(client).catch(() => undefined);
    if (left !== undefined && !left.has(`${stream}/${group}`)) return runs;
    if (performance.now() + RETRY_AFTER_MS > deadline) return runs;
    await sleep(RETRY_AFTER_MS);
  }
}

async function runOnce(env: Record<string, string>, logFile: string): Promise<void> {
  const output = openSync(logFile, "a");
  const child = spawn(process.execPath, [OPS, "lake-writer"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", output, output],
  });
  closeSync(output);
  const killer = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
  try {
    await once(child, "exit");
  } finally {
    clearTimeout(killer);
  }
}
