// Secrets never reach a log line, wherever the line is written: the proxy service's start line (which logs its
// configured forward URLs), a Lambda handler's error line carrying a URL, and npm start's capture of what components
// print. The redaction's own cases are in packages/streams/test/redact.test.ts.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { httpHandler } from "@sluice/http";
import { type RedisServer, startRedis } from "@sluice/testing";
import { waitFor } from "@sluice/testing/clients";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { afterAll, beforeAll, expect, it } from "vitest";
import { captureOutput } from "../scripts/start/terminal.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SECRETS = ["RedisPw-4d1e", "UpstreamPw-9c2b", "T0ken-77aa", "Sig-0b5e", "Bearer-c4f1"];

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

let redis: RedisServer;
let child: ChildProcess | undefined;

beforeAll(async () => {
  redis = await startRedis({ password: "RedisPw-4d1e" });
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await redis?.stop();
});

it("the proxy service's start line names its routes and Redis without their passwords, tokens or signatures", async () => {
  const upstream = "https://svc:UpstreamPw-9c2b@up.example/api?token=T0ken-77aa&X-Amz-Signature=Sig-0b5e&v=1";
  const env = {
    ...process.env,
    SLUICE_REDIS_URL: `redis://default:RedisPw-4d1e@${redis.host}:${redis.port}`,
    SLUICE_PROXY_ROUTES: `echo,up=${upstream}`,
    SLUICE_SHUTDOWN_TIMEOUT_MS: "1000",
  };
  child = spawn(process.execPath, ["functions/services/proxy.ts"], { cwd: ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, "exit");
  const started = () => stdout.split("\n").find((line) => line.includes('"proxy started"'));
  await waitFor(() => started() !== undefined, { what: `the start line (stderr: ${stderr})` });
  child.kill("SIGTERM");
  await exited;
  const line = JSON.parse(started() as string);
  expect(line.routes).toContainEqual({
    route: "up",
    kind: "forward",
    url: "https://svc:***@up.example/api?token=***&X-Amz-Signature=***&v=1",
  });
  expect(line.redis).toMatch(new RegExp(`^standalone redis://${redis.host}:${redis.port}`));
  expectNoSecret(stdout + stderr);
});

it("a Lambda handler's error line carrying a URL and a bearer token is redacted", async () => {
  const lines: string[] = [];
  const handler = httpHandler(
    () => {
      throw new Error(
        "GET https://svc:UpstreamPw-9c2b@up.example/x?token=T0ken-77aa failed with Bearer Bearer-c4f1",
      );
    },
    { log: (line) => lines.push(line) },
  );
  const event = {
    version: "2.0",
    routeKey: "GET /x",
    rawPath: "/x",
    rawQueryString: "",
    headers: {},
    requestContext: { requestId: "r-1", http: { method: "GET", path: "/x" } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
  const result = await handler(event, { getRemainingTimeInMillis: () => 30_000 } as unknown as Context);
  expect(result.statusCode).toBe(500);
  expect(lines).toHaveLength(1);
  expectNoSecret(lines.join("\n"));
  expect(JSON.parse(lines[0] as string)).toMatchObject({ level: "error", status: 500 });
  expect(lines[0]).toContain("https://svc:***@up.example/x?token=*** failed with Bearer ***");
});

it("npm start's log file gets what components print to stdout and stderr redacted", () => {
  const lines: string[] = [];
  const output = captureOutput({ writeLog: (line) => lines.push(line), logFile: "test.log" });
  try {
    // What console.log and console.error write (vitest replaces console itself, so the streams are written here).
    process.stdout.write(
      `${JSON.stringify({ level: "info", msg: "up", url: "redis://:RedisPw-4d1e@h:1" })}\n`,
    );
    process.stdout.write("plain text with ?sig=Sig-0b5e in it\n");
    const error = Object.assign(new Error("upstream refused"), { headers: { authorization: "Bearer-c4f1" } });
    process.stderr.write(`${inspect(error)}\n`);
    output.failed("job x", new Error("fetch https://a:UpstreamPw-9c2b@h/?token=T0ken-77aa"));
  } finally {
    output.release();
  }
  expect(lines).toHaveLength(4);
  expectNoSecret(lines.join("\n"));
  expect(JSON.parse(lines[0] as string).url).toBe("redis://:***@h:1");
});
