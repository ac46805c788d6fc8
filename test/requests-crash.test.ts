import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { delayRoute, ReplyTimeoutError, requestKeys } from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { waitFor } from "@sluice/testing/clients";
import { afterAll, expect, it } from "vitest";

const { server, kit } = useRequestKit();
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
});

/** functions/services/proxy.ts in a child process, serving `delay` as `route`; resolves once it reads requests. */
async function startProxyProcess(route: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [new URL("../functions/services/proxy.ts", import.meta.url).pathname],
    {
      env: {
        PATH: process.env.PATH,
        SLUICE_REDIS_URL: `redis://${server.redis.host}:${server.redis.port}`,
        SLUICE_PROXY_ROUTES: `${route}=delay`,
        SLUICE_PROXY_VISIBILITY_TIMEOUT_MS: "500",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(() => output.includes('"proxy started"'), { what: "the proxy process to start" });
  return child;
}

/** Resolves once the request is pending for some consumer of the proxy group: a worker is working on it. */
async function pickedUp(route: string): Promise<void> {
  const stream = requestKeys(route).stream.stream;
  await waitFor(async () => ((await server.client.xpending(stream, "proxy")) as [number])[0] === 1, {
    what: "the request picked up",
  });
}

async function kill(child: ChildProcess): Promise<void> {
  child.kill("SIGKILL");
  await once(child, "exit");
}

it("a proxy process SIGKILLed mid-request: another worker serves the request before its deadline", async () => {
  const route = "crash-served";
  const child = await startProxyProcess(route);
  const client = await kit.streamClient();
  const started = Date.now();
  const answered = client.request(route, { path: "/?ms=1500", timeoutMs: 8000 });
  await pickedUp(route);
  await kill(child);
  const heir = await kit.worker({ routes: { [route]: delayRoute() }, consumer: "heir" });
  const reply = await answered;
  expect(reply.status).toBe(200);
  expect(JSON.parse(reply.body.toString())).toEqual({ delayedMs: 1500 });
  await waitFor(() => heir.stats.served === 1, { what: "the reply counted" });
  expect(Date.now() - started).toBeLessThan(8000);
});

it("a proxy process SIGKILLed mid-request with no other worker: the caller gets the timeout at its deadline, no hang", async () => {
  const route = "crash-alone";
  const child = await startProxyProcess(route);
  const client = kit.listClient();
  const started = Date.now();
  const answered = client
    .request(route, { path: "/?ms=5000", timeoutMs: 1500 })
    .catch((error: unknown) => error);
  await pickedUp(route);
  await kill(child);
  const error = await answered;
  expect(error).toBeInstanceOf(ReplyTimeoutError);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1450);
  expect(Date.now() - started).toBeLessThan(3000);
});

it("SIGTERM stops a proxy process gracefully: the in-flight request is answered, exit code 0", async () => {
  const route = "graceful";
  const child = await startProxyProcess(route);
  const client = await kit.streamClient();
  const answered = client.request(route, { path: "/?ms=400", timeoutMs: 5000 });
  await pickedUp(route);
  child.kill("SIGTERM");
  const [code] = (await once(child, "exit")) as [number | null];
  expect(code).toBe(0);
  expect((await answered).status).toBe(200);
});
