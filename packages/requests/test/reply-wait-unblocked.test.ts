// A request waiting for its reply while a failover ends the blocking read (UNBLOCKED, as CLUSTER FAILOVER and FAILOVER
// do to blocked clients): the wait blocks again and still gets the reply; without one it ends with its own timeout
// error, never a raw Redis error.
import { DEFAULT_GROUP, ReplyTimeoutError, replyListKey, requestKeys, writeReply } from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const { server, kit } = useRequestKit();

/** Ends every blocked command of the given kind with an UNBLOCKED error; how many it ended. */
async function unblock(command: "blpop" | "xread"): Promise<number> {
  const list = (await server.client.call("CLIENT", "LIST")) as string;
  const ids = list
    .split("\n")
    .filter((line) => line.includes(`cmd=${command} `))
    .map((line) => /(?:^| )id=(\d+)/.exec(line)?.[1] as string);
  let ended = 0;
  for (const id of ids) ended += Number(await server.client.call("CLIENT", "UNBLOCK", id, "ERROR"));
  return ended;
}

/** A route with a worker group and no worker: the test writes the reply itself, after the unblock. */
async function idleRoute(route: string): Promise<void> {
  await server.client.xgroup("CREATE", requestKeys(route).stream.stream, DEFAULT_GROUP, "0", "MKSTREAM");
}

const reply = (replyKey: string, requestId: string, status: number) =>
  writeReply(
    server.client,
    { replyKey, requestId, deadline: Date.now() + 10_000 },
    { status, headers: {}, body: Buffer.from("ok") },
  );

it("list replies: BLPOP ended by UNBLOCKED blocks again and gets the reply that comes after", async () => {
  const route = "unblocked-list";
  await idleRoute(route);
  const client = kit.listClient();
  const requestId = "req-list-1";
  const pending = client.request(route, { requestId, body: "hi", timeoutMs: 20_000 });
  await waitFor(async () => (await unblock("blpop")) > 0, { what: "the BLPOP to unblock" });
  expect(await reply(replyListKey(requestId), requestId, 201)).toBe("sent");
  const answer = await pending;
  expect(answer).toMatchObject({ status: 201 });
  expect(answer.body.toString()).toBe("ok");
});

it("stream replies: XREAD ended by UNBLOCKED reads again and gets the reply that comes after", async () => {
  const route = "unblocked-stream";
  await idleRoute(route);
  const client = await kit.streamClient({ ingressId: "unblocked" });
  const requestId = "req-stream-1";
  const pending = client.request(route, { requestId, body: "hi", timeoutMs: 20_000 });
  await waitFor(async () => (await unblock("xread")) > 0, { what: "the XREAD to unblock" });
  expect(await reply(client.replyKey, requestId, 200)).toBe("sent");
  expect((await pending).body.toString()).toBe("ok");
});

it("list replies: UNBLOCKED again and again until the deadline ends in ReplyTimeoutError, not a Redis error", async () => {
  const route = "unblocked-timeout";
  await idleRoute(route);
  const client = kit.listClient();
  const started = Date.now();
  const pending = client.request(route, { body: "hi", timeoutMs: 1500 }).catch((error: unknown) => error);
  let settled = false;
  void pending.then(() => {
    settled = true;
  });
  let unblocked = 0;
  while (!settled) {
    unblocked += await unblock("blpop");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const error = await pending;
  expect(unblocked).toBeGreaterThan(0);
  expect(error).toBeInstanceOf(ReplyTimeoutError);
  expect(error).toMatchObject({ kind: "timeout", code: "requests.timeout" });
  expect(Date.now() - started).toBeLessThan(1500 + 2000);
});
