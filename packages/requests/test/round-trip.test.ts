import { delayRoute, echoRoute, replyStreamKey, requestKeys } from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { streamStats } from "@sluice/streams";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const { server, kit } = useRequestKit();

it("a long-running ingress: 300 concurrent requests share one reply stream and each gets its own reply", async () => {
  const worker = await kit.worker({ routes: { echo: echoRoute() }, consumer: "w1", terminals: 30 });
  const client = await kit.streamClient({ ingressId: "ingress-a" });
  expect(client.replyKey).toBe(replyStreamKey("ingress-a"));
  const replies = await Promise.all(
    Array.from({ length: 300 }, (_, n) =>
      client.request("echo", {
        body: `{"n":${n}}`,
        headers: { "Content-Type": "application/json", "x-n": String(n) },
      }),
    ),
  );
  replies.forEach((reply, n) => {
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(`{"n":${n}}`);
    expect(reply.headers).toMatchObject({ "content-type": "application/json", "x-n": String(n) });
  });
  expect(client.waiting).toBe(0);
  // The worker counts a reply once Redis confirmed it, which can be just after the caller read it.
  await waitFor(() => worker.stats.served === 300, { what: "300 replies counted" });
  expect(worker.stats).toMatchObject({ served: 300, duplicates: 0, expired: 0 });
  // One reply stream for the whole process, with a TTL, trimmed to what was read.
  expect(await server.client.keys("sluice:replies:{*}")).toEqual([client.replyKey]);
  expect(await server.client.pttl(client.replyKey)).toBeGreaterThan(0);
  await new Promise((resolve) => setTimeout(resolve, 1200));
  expect(await server.client.xlen(client.replyKey)).toBeLessThanOrEqual(1);
  await client.close();
  expect(await server.client.exists(client.replyKey)).toBe(0);
  await expect(client.request("echo")).rejects.toMatchObject({ code: "requests.closed" });
});

it("method, path, query, headers and binary bodies arrive as sent; delay reads ?ms=", async () => {
  await kit.worker({ routes: { bytes: echoRoute(), wait: delayRoute() }, consumer: "w2" });
  const client = await kit.streamClient();
  const body = Buffer.from([0, 1, 2, 250, 255, 0x51, 0x52]);
  const reply = await client.request("bytes", {
    body,
    method: "put",
    path: "/a/b?x=1",
    headers: { "content-type": "application/octet-stream", authorization: "secret", "x-trace": "t" },
    traceId: "trace-1",
  });
  expect(reply.body.equals(body)).toBe(true);
  expect(reply.headers).toMatchObject({ "content-type": "application/octet-stream", "x-trace": "t" });
  expect(reply.headers.authorization).toBeUndefined();
  const started = Date.now();
  const waited = await client.request("wait", { path: "/?ms=120" });
  expect(Date.now() - started).toBeGreaterThanOrEqual(115);
  expect(JSON.parse(waited.body.toString())).toEqual({ delayedMs: 120 });
  expect(JSON.parse((await client.request("wait", { body: '{"ms":5}' })).body.toString())).toEqual({
    delayedMs: 5,
  });
});

it("a Lambda ingress: one BLPOP on its own reply list per request; concurrent calls take turns on the reader", async () => {
  await kit.worker({ routes: { lambda: echoRoute() }, consumer: "w3", terminals: 10 });
  const client = kit.listClient();
  for (let n = 0; n < 5; n += 1) {
    const reply = await client.request("lambda", { body: `seq ${n}`, requestId: `req-${n}` });
    expect(reply.body.toString()).toBe(`seq ${n}`);
    expect(reply.headers["x-request-id"]).toBe(`req-${n}`);
    // The list was popped: nothing is left behind.
    expect(await server.client.exists(`sluice:reply:{req-${n}}`)).toBe(0);
  }
  const concurrent = await Promise.all(
    Array.from({ length: 20 }, (_, n) => client.request("lambda", { body: `c ${n}` })),
  );
  expect(concurrent.map((r) => r.body.toString())).toEqual(Array.from({ length: 20 }, (_, n) => `c ${n}`));
});

it("a Lambda ingress still delivers a reply that arrived while its wait queued behind a slower request", async () => {
  await kit.worker({ routes: { quick: echoRoute(), stuck: () => new Promise(() => {}) }, consumer: "w5" });
  const client = kit.listClient();
  const slow = expect(client.request("stuck", { body: "never", timeoutMs: 1500 })).rejects.toMatchObject({
    code: "requests.timeout",
  });
  const quick = await client.request("quick", { body: "fast", timeoutMs: 500 });
  expect(quick.body.toString()).toBe("fast");
  await slow;
});

it("a route that throws answers 500 with a generic body, and the request is acknowledged", async () => {
  const lines: string[] = [];
  const worker = await kit.worker({
    routes: {
      broken: () => {
        throw new Error("secret internals");
      },
    },
    consumer: "w4",
    lines,
  });
  const client = await kit.streamClient();
  const reply = await client.request("broken");
  expect(reply.status).toBe(500);
  expect(reply.body.toString()).not.toContain("secret");
  await waitFor(() => worker.stats.errors === 1, { what: "the error counted" });
  expect(lines.some((line) => line.includes("route failed"))).toBe(true);
  await waitFor(
    async () => (await streamStats(server.client, requestKeys("broken").stream)).groups[0]?.pending === 0,
    {
      what: "the request acknowledged",
    },
  );
});
