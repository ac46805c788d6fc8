import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseLoadOptions } from "../scripts/load/load-options.ts";
import { runLoad } from "../scripts/load/run-load.ts";
import { ensureDevToken } from "../scripts/start/dev-token.ts";

// A stand-in for the request-reply API: every fifth request is turned away with 503; the tokens sent are counted.
let served = 0;
const authorizations = new Map<string, number>();
const server = createServer((request, response) => {
  served += 1;
  const sent = request.headers.authorization ?? "none";
  authorizations.set(sent, (authorizations.get(sent) ?? 0) + 1);
  const busy = served % 5 === 0;
  request.resume().on("end", () => {
    response
      .writeHead(busy ? 503 : 200, { "content-type": "application/json" })
      .end(busy ? "{}" : request.url);
  });
});
let base: string;
/** npm start's directory with its development token, for the load tool's default. */
let localDir: string;
let token: string;
beforeAll(async () => {
  localDir = await mkdtemp(join(tmpdir(), "sluice-load-"));
  token = (await ensureDevToken(localDir)).token;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(localDir, { recursive: true, force: true });
});
const env = () => ({ SLUICE_LOCAL_DIR: localDir });

it("sends the count asked for with the development token and reports throughput, latency and responses by status", async () => {
  const lines: string[] = [];
  authorizations.clear();
  const options = parseLoadOptions(
    ["--mode", "concurrent", "--url", base, "--count", "200", "--concurrency", "8"],
    env(),
  );
  const summary = await runLoad(options, (line) => lines.push(line));
  expect(summary).toMatchObject({
    mode: "concurrent",
    requests: 200,
    failed: 40,
    by_status: { "200": 160, "503": 40 },
  });
  expect(summary.p99_ms).toBeGreaterThanOrEqual(summary.p50_ms);
  expect(JSON.parse(lines.at(-1) as string).load.requests).toBe(200);
  expect(Object.fromEntries(authorizations)).toEqual({ [`Bearer ${token}`]: 200 });
});

it("sends the token given with --token instead", async () => {
  authorizations.clear();
  const argv = ["--mode", "sequential", "--url", base, "--count", "3", "--token", "another-token-1234"];
  await runLoad(parseLoadOptions(argv, env()), () => undefined);
  expect(Object.fromEntries(authorizations)).toEqual({ "Bearer another-token-1234": 3 });
});

it("says how to get a token when there is neither --token nor a development token", () => {
  const argv = ["--mode", "sequential", "--url", base, "--count", "1"];
  expect(() => parseLoadOptions(argv, { SLUICE_LOCAL_DIR: join(localDir, "none") })).toThrow(
    /no development token in .*dev-token: run npm start once \(it writes one\) or pass --token/,
  );
});

it("rejects bad arguments with the usage", () => {
  const parse = (argv: string[]) => parseLoadOptions(argv, env());
  expect(() => parse(["--mode", "burst", "--url", base, "--count", "1"])).toThrow(/--mode must be/);
  expect(() => parse(["--mode", "sequential", "--url", "nope", "--count", "1"])).toThrow(/--url/);
  expect(() => parse(["--mode", "sequential", "--url", base, "--count", "0"])).toThrow(/--count/);
  expect(() => parse(["--mode", "sequential", "--url", base])).toThrow(/--count must be/);
  expect(() => parse(["--mode", "sequential", "--url", base, "--count", "1", "--api-key", "k"])).toThrow(
    /Unknown option '--api-key'/,
  );
  expect(parse(["--mode", "sequential", "--url", base, "--count", "3"]).concurrency).toBe(1);
});
