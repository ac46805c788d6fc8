import { createServer } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parseLoadOptions } from "../scripts/load/load-options.ts";
import { runLoad } from "../scripts/load/run-load.ts";

// A stand-in for the request-reply API: every fifth request is turned away with 503.
let served = 0;
const server = createServer((request, response) => {
  served += 1;
  const busy = served % 5 === 0;
  request.resume().on("end", () => {
    response
      .writeHead(busy ? 503 : 200, { "content-type": "application/json" })
      .end(busy ? "{}" : request.url);
  });
});
let base: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("sends the count asked for and reports throughput, latency and responses by status", async () => {
  const lines: string[] = [];
  const options = parseLoadOptions([
    "--mode",
    "concurrent",
    "--url",
    base,
    "--count",
    "200",
    "--concurrency",
    "8",
  ]);
  const summary = await runLoad(options, (line) => lines.push(line));
  expect(summary).toMatchObject({
    mode: "concurrent",
    requests: 200,
    failed: 40,
    by_status: { "200": 160, "503": 40 },
  });
  expect(summary.p99_ms).toBeGreaterThanOrEqual(summary.p50_ms);
  expect(JSON.parse(lines.at(-1) as string).load.requests).toBe(200);
});

it("rejects bad arguments with the usage", () => {
  expect(() => parseLoadOptions(["--mode", "burst", "--url", base, "--count", "1"])).toThrow(
    /--mode must be/,
  );
  expect(() => parseLoadOptions(["--mode", "sequential", "--url", "nope", "--count", "1"])).toThrow(/--url/);
  expect(() => parseLoadOptions(["--mode", "sequential", "--url", base, "--count", "0"])).toThrow(/--count/);
  expect(() => parseLoadOptions(["--mode", "sequential", "--url", base])).toThrow(/--count must be/);
  expect(parseLoadOptions(["--mode", "sequential", "--url", base, "--count", "3"]).concurrency).toBe(1);
});
