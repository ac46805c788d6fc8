import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { credentials } from "@grpc/grpc-js";
import { sceneJpeg } from "@sluice/frames/testing";
import { StreamingClient } from "@sluice/grpc";
import { LAKE_STREAMS } from "@sluice/lake";
import { produce, query } from "@sluice/lake/testing";
import { createRedisClient, type RedisClient, streamKeys } from "@sluice/streams";
import { freePort, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { bearerClientOptions, bearerHeader } from "../scripts/start/bearer-auth.ts";
import { bskyEvents } from "./support/bsky-events.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dirs: string[] = [];
let children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children) child.kill("SIGKILL");
  children = [];
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** `node scripts/start.ts` (what `npm start` runs) with its output collected; no REDIS_URL unless given. */
async function start(env: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), "sluice-start-"));
  dirs.push(dir);
  const { REDIS_URL: _a, SLUICE_REDIS_URL: _b, ...inherited } = process.env;
  const child = spawn(process.execPath, ["scripts/start.ts"], {
    cwd: ROOT,
    env: {
      ...inherited,
      SLUICE_LOCAL_DIR: dir,
      SLUICE_DEMO_RATE: "20",
      SLUICE_STATUS_INTERVAL_MS: "500",
      SLUICE_HTTP_PORT: String(await freePort()),
      SLUICE_GRPC_PORT: String(await freePort()),
      SLUICE_S3_PORT: String(await freePort()),
      ...env,
    },
  });
  children.push(child);
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  return {
    child,
    dir,
    output,
    exited: once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>,
  };
}

/** Entries a group has read and acknowledged on a stream. */
async function acked(client: RedisClient, stream: string, group: string): Promise<number> {
  const groups = (await client
    .call("XINFO", "GROUPS", streamKeys(stream).stream)
    .catch(() => [])) as unknown[][];
  for (const fields of groups) {
    const info = new Map<unknown, unknown>();
    for (let i = 0; i + 1 < fields.length; i += 2) info.set(fields[i], fields[i + 1]);
    if (info.get("name") === group) return Number(info.get("entries-read")) - Number(info.get("pending"));
  }
  return 0;
}

const demoAcked = (client: RedisClient) => acked(client, "demo", "workers");

/** The development token npm start printed, checked against the files it keeps in `dir`. */
async function devToken(dir: string, stdout: string): Promise<string> {
  const token = /^ {2}token +(\S+) {2}\(the development token, every scope, in /m.exec(stdout)?.[1] ?? "";
  expect(await readFile(join(dir, "dev-token"), "utf8")).toBe(`${token}\n`);
  return token;
}

const mode = async (path: string) => (await stat(path)).mode & 0o777;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start (scripts/start.ts)", () => {
  it("starts its own redis-server, prints the summary, consumes demo events, and stops everything on SIGINT", async () => {
    const { child, dir, output, exited } = await start({});
    await waitFor(() => /produced \d+ {2}processed \d+/.test(output.stdout), {
      what: `a status line (output: ${output.stdout}${output.stderr})`,
    });
    const port = Number(/redis:\/\/127\.0\.0\.1:(\d+)/.exec(output.stdout)?.[1]);
    const pid = Number(/redis-server pid (\d+)/.exec(output.stdout)?.[1]);
    expect(output.stdout).toContain("streams demo · group workers");
    expect(output.stdout).toContain(`redis-cli -p ${port} XINFO GROUPS 'sluice:{demo}'`);
    expect(isAlive(pid)).toBe(true);
    // Recorded for `npm run ops` while it runs.
    expect(await readFile(join(dir, "redis-url"), "utf8")).toBe(`redis://127.0.0.1:${port}\n`);
    // The development token: made on this first run, private, every scope, and how to send it printed.
    const token = await devToken(dir, output.stdout);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(await readFile(join(dir, "tokens.json"), "utf8"))).toEqual([
      { name: "dev", token, scopes: ["*"] },
    ]);
    expect([await mode(join(dir, "dev-token")), await mode(join(dir, "tokens.json"))]).toEqual([
      0o600, 0o600,
    ]);
    expect(output.stdout).toContain(
      `token table ${join(dir, "tokens.json")}: SLUICE_TOKENS_FILE of the API and the gateway`,
    );
    expect(output.stdout).toContain(
      `curl -s -H "Authorization: Bearer $(cat ${join(dir, "dev-token")})" http://`,
    );
    expect(output.stdout).toContain(
      `grpcurl -plaintext -H "authorization: Bearer $(cat ${join(dir, "dev-token")})" 127.0.0.1:`,
    );
    const auth = bearerHeader(token);

    const client = createRedisClient({ mode: "standalone", nodes: [{ host: "127.0.0.1", port }] });
    try {
      await waitFor(async () => (await demoAcked(client)) >= 10, { what: "10 demo events acknowledged" });
      expect(await client.call("CONFIG", "GET", "maxmemory-policy")).toEqual([
        "maxmemory-policy",
        "noeviction",
      ]);
      expect(await client.call("CONFIG", "GET", "appendonly")).toEqual(["appendonly", "yes"]);
      // The HTTP API and a request-reply round trip through the proxy worker.
      const api = /api +(http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout)?.[1];
      expect((await fetch(`${api}/v1/health`)).status).toBe(200);
      const reply = await fetch(`${api}/v1/requests/echo`, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth },
        body: '{"hi":1}',
      });
      expect({ status: reply.status, body: await reply.text() }).toEqual({ status: 200, body: '{"hi":1}' });
      // A frame through the whole pipeline, and the gRPC gateway listing the streams it touched.
      const frame = await fetch(`${api}/v1/frames`, {
        method: "POST",
        headers: { "content-type": "application/json", ...auth },
        body: JSON.stringify({
          frameId: "f-1",
          cameraId: "cam",
          image: { data: (await sceneJpeg()).toString("base64") },
        }),
      });
      expect(frame.status).toBe(202);
      await waitFor(async () => (await acked(client, "frames.output", "output_consumers")) === 1, {
        what: "the frame through the pipeline",
      });
      const grpcAddress = /grpc +(127\.0\.0\.1:\d+)/.exec(output.stdout)?.[1] ?? "";
      const grpcClient = new StreamingClient(
        grpcAddress,
        credentials.createInsecure(),
        bearerClientOptions(token),
      );
      try {
        const listed = await new Promise<{ streams: { name?: string | null }[] }>((resolve, reject) =>
          grpcClient.listStreams({}, (error, response) => (response ? resolve(response) : reject(error))),
        );
        expect(listed.streams.map((stream) => stream.name)).toEqual(
          expect.arrayContaining(["demo", "frames.input", "frames.processed", "frames.output"]),
        );
      } finally {
        grpcClient.close();
      }
    } finally {
      client.disconnect();
    }

    child.kill("SIGINT");
    const [code] = await exited;
    expect({ code, stderr: output.stderr }).toEqual({ code: 0, stderr: "" });
    expect(output.stdout).toMatch(/stopped: produced \d+, processed \d+/);
    expect(isAlive(pid)).toBe(false);
    // The data stays for the next run: the AOF and the consumers' log.
    expect((await readdir(join(dir, "redis", "appendonlydir"))).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "redis", "redis.pid"))).toBe(false);
    expect(existsSync(join(dir, "redis-url"))).toBe(false);
    expect(existsSync(join(dir, "consumer.log"))).toBe(true);
  });

  it("uses REDIS_URL when it is set and starts no redis-server; keeps the token and the hand-edited table of a run before", async () => {
    await using redis = await startRedis();
    // What an earlier run left, its dev-token since deleted, and a token added to the table by hand.
    const localDir = await mkdtemp(join(tmpdir(), "sluice-start-"));
    dirs.push(localDir);
    const table = [
      { name: "dev", token: "kept-development-token-1", scopes: ["*"] },
      { name: "camera-7", token: "camera-7-secret-token", scopes: ["publish:frames.input"] },
    ];
    await mkdir(localDir, { recursive: true });
    await writeFile(join(localDir, "tokens.json"), JSON.stringify(table));
    const { child, output, exited } = await start({
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      SLUICE_LOCAL_DIR: localDir,
    });
    await waitFor(() => output.stdout.includes("from REDIS_URL"), { what: `the summary (${output.stderr})` });
    expect(output.stdout).toContain(`redis-cli -u "$REDIS_URL"`);
    expect(output.stdout).not.toContain("redis-server pid");
    expect(await devToken(localDir, output.stdout)).toBe("kept-development-token-1");
    expect(JSON.parse(await readFile(join(localDir, "tokens.json"), "utf8"))).toEqual(table);
    expect(output.stdout).not.toContain("warning:");
    const client = createRedisClient(redis.target);
    try {
      await waitFor(async () => (await demoAcked(client)) >= 5, { what: "5 demo events acknowledged" });
    } finally {
      client.disconnect();
    }
    child.kill("SIGTERM");
    expect((await exited)[0]).toBe(0);
    expect(redis.isRunning()).toBe(true);
  });

  it("runs the lake writer at start against its local S3 server, whose files DuckDB reads in place", async () => {
    await using redis = await startRedis();
    const client = createRedisClient(redis.target);
    const events = bskyEvents(2000, "start");
    try {
      await produce(client, "bsky", events);
      const { child, dir, output, exited } = await start({
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        SLUICE_DEMO_BSKY_RATE: "0",
      });
      await waitFor(() => /lake bsky: \d+ events/.test(output.stdout), {
        what: `the lake writer's first run (output: ${output.stdout}${output.stderr})`,
        timeoutMs: 30_000,
      });
      expect(output.stdout).toMatch(
        /lake bsky: 2000 events → \d+ files, 0 dead-lettered, 2000 trimmed from Redis/,
      );
      expect(output.stdout).toContain(
        `streams ${LAKE_STREAMS.join(", ")} → Parquet in bucket lake of the S3 server http://127.0.0.1:`,
      );
      expect(output.stdout).toContain("rate(5 minutes) and once now");
      expect(output.stdout).toContain(
        "full logical snapshot at start and rate(15 minutes), incremental rate(1 minute) → bucket backups of http://127.0.0.1:",
      );
      const files = join(dir, "s3", "lake", "bsky", "type=*", "**", "*.parquet._S3rver_object");
      const [row] = await query(
        `SELECT count(*)::INTEGER AS n FROM read_parquet('${files}', union_by_name = true)`,
      );
      expect(row).toEqual({ n: 2000 });
      expect(await client.xlen(streamKeys("bsky").stream)).toBe(0);
      child.kill("SIGINT");
      expect((await exited)[0]).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  it("takes a snapshot at start, so the restore command it prints works at once", async () => {
    await using source = await startRedis();
    await using target = await startRedis();
    const client = createRedisClient(source.target);
    try {
      for (let i = 0; i < 25; i++)
        await client.xadd(streamKeys("kept").stream, "*", "t", "e", "d", String(i));
      const { child, output, exited } = await start({
        REDIS_URL: `redis://127.0.0.1:${source.port}`,
        SLUICE_DEMO_BSKY_RATE: "0",
      });
      await waitFor(() => output.stdout.includes("Sluice local runtime"), {
        what: `the summary (${output.stdout}${output.stderr})`,
        timeoutMs: 20_000,
      });
      expect(output.stdout).toMatch(/^\d\d:\d\d:\d\d {2}snapshot \S+: \d+ streams, \d+ entries/m);
      // The command as printed (credentials, endpoint, no region), at once; --to filled in.
      const printed =
        /AWS_ACCESS_KEY_ID=(\S+) AWS_SECRET_ACCESS_KEY=(\S+) npm run restore -- (.*) --to redis:\/\/…/.exec(
          output.stdout,
        );
      const [, keyId = "", secret = "", args = ""] = printed ?? [];
      const { AWS_REGION: _r, AWS_DEFAULT_REGION: _d, ...inherited } = process.env;
      const restored = await promisify(execFile)(
        process.execPath,
        ["scripts/restore.ts", ...args.split(" "), "--to", `redis://127.0.0.1:${target.port}`],
        { cwd: ROOT, env: { ...inherited, AWS_ACCESS_KEY_ID: keyId, AWS_SECRET_ACCESS_KEY: secret } },
      );
      expect(JSON.parse(restored.stdout.trim().split("\n").at(-1) ?? "")).toMatchObject({ problems: [] });
      const to = createRedisClient(target.target);
      try {
        expect(await to.xlen(streamKeys("kept").stream)).toBe(25);
      } finally {
        to.disconnect();
      }
      child.kill("SIGTERM");
      expect((await exited)[0]).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  it("logs errors in full to the log file and prints one short line for each on the terminal", async () => {
    const redis = await startRedis();
    const { child, dir, output, exited } = await start({ REDIS_URL: `redis://127.0.0.1:${redis.port}` });
    await waitFor(() => /produced \d+ {2}processed \d+/.test(output.stdout), {
      what: `a status line (${output.stdout}${output.stderr})`,
    });
    const api = /api +(http:\/\/127\.0\.0\.1:\d+)/.exec(output.stdout)?.[1];
    await redis.stop(); // everything that talks to Redis fails from now on
    const failed = await fetch(`${api}/v1/streams/demo/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearerHeader(await devToken(dir, output.stdout)) },
      body: JSON.stringify({ type: "demo.event", data: {} }),
    });
    expect(failed.status).toBe(503);
    await waitFor(() => output.stdout.includes("error  request failed"), {
      what: `the request's error line (${output.stdout})`,
      timeoutMs: 15_000,
    });
    child.kill("SIGTERM");
    expect((await exited)[0]).toBe(0);
    const logFile = join(dir, "consumer.log");
    const errorLines = output.stdout.split("\n").filter((line) => / {2}error {2}/.test(line));
    expect(errorLines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^\\d\\d:\\d\\d:\\d\\d {2}error {2}request failed \\(POST /v1/streams/\\{stream\\}/messages\\): Redis is unavailable: .* \\(full log: ${logFile}\\)$`,
        ),
      ),
    );
    // Nothing but npm start's own lines: no JSON logs, no stacks, nothing on stderr.
    expect(output.stdout).not.toMatch(/^\{|^\s+at /m);
    expect(output.stderr).toBe("");
    const log = await readFile(logFile, "utf8");
    const requestFailed = log
      .split("\n")
      .filter((line) => line.includes('"msg":"request failed"'))
      .map((line) => JSON.parse(line));
    expect(requestFailed[0]).toMatchObject({
      level: "error",
      status: 503,
      error: { name: "UnavailableError", stack: expect.stringContaining("    at ") },
    });
  });

  it("prints one line on how to get Redis and exits 1 when there is neither redis-server nor REDIS_URL", async () => {
    const { output, exited } = await start({ PATH: "/nonexistent" });
    expect((await exited)[0]).toBe(1);
    expect(output.stdout).toBe("");
    expect(output.stderr.trim().split("\n")).toEqual([
      "sluice: redis-server is not installed: install it (sudo apt-get install -y redis-server, or brew install redis) or set REDIS_URL=redis://host:port to use your own Redis",
    ]);
  });
});
