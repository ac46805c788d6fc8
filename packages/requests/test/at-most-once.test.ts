import { setTimeout as sleep } from "node:timers/promises";
import {
  decodeReplyFrame,
  replyGuardKey,
  replyListKey,
  replyStreamKey,
  requestKeys,
  writeReply,
} from "@sluice/requests";
import { useRequestKit } from "@sluice/requests/testing";
import { streamStats } from "@sluice/streams";
import { waitFor } from "@sluice/testing/clients";
import { expect, it } from "vitest";

const { server, kit } = useRequestKit();

const reply = (text: string) => ({ status: 200, headers: {}, body: Buffer.from(text) });

it("writeReply writes once per request id; later attempts are duplicates; a vanished reply stream is not recreated", async () => {
  const deadline = Date.now() + 5000;
  const list = replyListKey("once-1");
  expect(
    await writeReply(server.client, { replyKey: list, requestId: "once-1", deadline }, reply("first")),
  ).toBe("sent");
  expect(
    await writeReply(server.client, { replyKey: list, requestId: "once-1", deadline }, reply("again")),
  ).toBe("duplicate");
  const stored = await server.client.lrangeBuffer(list, 0, -1);
  expect(stored.map((frame) => decodeReplyFrame(frame).body.toString())).toEqual(["first"]);
  // The list expires shortly after the deadline; the guard a little later.
  expect(await server.client.pttl(list)).toBeGreaterThan(4000);
  expect(await server.client.pttl(list)).toBeLessThanOrEqual(10_000);
  expect(await server.client.pttl(replyGuardKey(list, "once-1"))).toBeGreaterThan(
    await server.client.pttl(list),
  );

  const gone = replyStreamKey("crashed-ingress");
  expect(await writeReply(server.client, { replyKey: gone, requestId: "r1", deadline }, reply("x"))).toBe(
    "gone",
  );
  expect(await server.client.exists(gone)).toBe(0);
  await expect(
    writeReply(server.client, { replyKey: "sluice:{orders}", requestId: "r1", deadline }, reply("x")),
  ).rejects.toThrow(/not a reply key/);
});

it("a request redelivered while its first worker still runs it is answered once: the second reply is a duplicate", async () => {
  const route = "redelivered";
  let calls = 0;
  // The first call outlasts its 300 ms visibility until the request has been reclaimed and started again by the other
  // worker, however loaded the machine; that second call answers first, so the first one's reply is the duplicate.
  const slow = async () => {
    calls += 1;
    const call = calls;
    if (call === 1) await waitFor(() => calls >= 2, { timeoutMs: 20_000, what: "the request reclaimed" });
    else await sleep(100);
    return { body: `call ${call}` };
  };
  const first = await kit.worker({ routes: { [route]: slow }, consumer: "first", visibilityTimeoutMs: 300 });
  const client = kit.listClient();
  const answered = client.request(route, { requestId: "dup-1", timeoutMs: 8000 });
  await waitFor(() => calls === 1);
  const second = await kit.worker({
    routes: { [route]: slow },
    consumer: "second",
    visibilityTimeoutMs: 300,
  });
  expect((await answered).status).toBe(200);
  await waitFor(() => first.stats.duplicates + second.stats.duplicates >= 1, {
    what: "the duplicate reply refused",
  });
  expect(calls).toBeGreaterThanOrEqual(2);
  expect(first.stats.served + second.stats.served).toBe(1);
  // The caller popped the one reply; no second reply was pushed after it.
  expect(await server.client.exists(replyListKey("dup-1"))).toBe(0);
  await waitFor(
    async () => (await streamStats(server.client, requestKeys(route).stream)).groups[0]?.pending === 0,
  );
});

it("a worker that crashes after replying and before acking: the redelivered request gets no second reply", async () => {
  const route = "replied-then-crashed";
  const client = await kit.streamClient();
  // Simulate the crash: a request whose reply is written (guard set) but which stays pending for a dead consumer.
  const keys = requestKeys(route).stream;
  await server.client.xgroup("CREATE", keys.stream, "proxy", "0", "MKSTREAM");
  const answered = client.request(route, { requestId: "crash-1", timeoutMs: 5000 });
  await waitFor(async () => (await server.client.xlen(keys.stream)) === 1);
  await server.client.xreadgroup("GROUP", "proxy", "dead", "COUNT", 1, "STREAMS", keys.stream, ">");
  const deadline = Date.now() + 5000;
  await writeReply(
    server.client,
    { replyKey: client.replyKey, requestId: "crash-1", deadline },
    reply("from the dead"),
  );
  expect((await answered).body.toString()).toBe("from the dead");
  let calls = 0;
  const heir = await kit.worker({
    routes: { [route]: () => ({ body: `call ${++calls}` }) },
    consumer: "heir",
    visibilityTimeoutMs: 200,
  });
  await waitFor(() => heir.stats.duplicates === 1, { what: "the redelivery refused" });
  expect(heir.stats.served).toBe(0);
  await waitFor(async () => (await streamStats(server.client, keys)).groups[0]?.pending === 0);
});
