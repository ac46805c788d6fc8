// Every RPC is allowed with its operation's scope and denied PERMISSION_DENIED without it (UNAUTHENTICATED without a
// token); ListStreams lists only the streams the caller may read; Acknowledge settles only entries pending to the
// caller's own subscriptions; Redrive and RegisterStream are written to the audit log before they run.
import { credentials, status } from "@grpc/grpc-js";
import { AUDIT_STREAM, deadLetter, streamKeys } from "@sluice/streams";
import { uniqueStream, waitFor } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { StreamingClient, sluice } from "../src/index.ts";
import {
  errorCode,
  failure,
  num,
  subscribe,
  testClient,
  tokenTable,
  unary,
  useGrpcServer,
} from "./grpc-harness.ts";

const ON = "authz-*";
const CALLERS: [string, string[]][] = [
  ["all", ["*"]],
  ["publisher", [`publish:${ON}`]],
  ["reader", [`read:${ON}`]],
  ["acker", [`read:${ON}`, `ack:${ON}`]],
  ["acker-2", [`read:${ON}`, `ack:${ON}`]],
  ["redriver", [`redrive:${ON}`]],
  ["admin", [`admin:${ON}`]],
  ["list-a", ["read:authz-a.*"]],
];
const tokenOf = (name: string) => `token-of-${name}-0123456789`;
const grpc = useGrpcServer({
  tokens: tokenTable(CALLERS.map(([name, scopes]) => [name, tokenOf(name), scopes])),
});

const clients = new Map<string, StreamingClient>();
/** A client calling as the caller `name` of the table. */
function as(name: string): StreamingClient {
  const client = clients.get(name) ?? testClient(grpc.address, tokenOf(name));
  clients.set(name, client);
  return client;
}

const denied = async (call: Promise<unknown>) => {
  const error = await failure(call);
  expect(error.code, error.details).toBe(status.PERMISSION_DENIED);
  expect(errorCode(error)).toBe("auth.missing_scope");
};

async function published(stream: string, count = 1): Promise<string[]> {
  const events = Array.from({ length: count }, (_, i) => ({ type: "t", data: Buffer.from(String(i)) }));
  const { results } = await unary(as("all"), "publishBatch", { stream, events });
  return results.map((result) => result.id as string);
}

const event = { type: "t", data: Buffer.from("x") };

async function auditRecords(stream: string): Promise<{ who: string; action: string; stream: string }[]> {
  const entries = await grpc.redis.client.xrange(streamKeys(AUDIT_STREAM).stream, "-", "+");
  return entries
    .map(([, fields]) => JSON.parse(fields[fields.indexOf("d") + 1] as string))
    .filter((record) => record.stream === stream);
}

describe("authentication", () => {
  it("answers UNAUTHENTICATED to every RPC without a token", async () => {
    const plain = new StreamingClient(grpc.address, credentials.createInsecure());
    const stream = uniqueStream("authz");
    const calls = [
      unary(plain, "publish", { stream, event }),
      unary(plain, "publishBatch", { stream, events: [event] }),
      unary(plain, "acknowledge", { stream, group: "g", ids: ["1-0"] }),
      unary(plain, "getStreamInfo", { stream }),
      unary(plain, "listStreams", {}),
      unary(plain, "registerStream", { stream, groups: ["g"] }),
      unary(plain, "redrive", { stream }),
      unary(plain, "getMetrics", { streams: [stream] }),
    ];
    for (const call of calls) expect((await failure(call)).code).toBe(status.UNAUTHENTICATED);
    expect((await subscribe(plain, { stream, group: "g" }).ended).code).toBe(status.UNAUTHENTICATED);
    plain.close();
  });
});

describe("each RPC with and without its scope", () => {
  it("Publish and PublishBatch: publish", async () => {
    const stream = uniqueStream("authz");
    expect((await unary(as("publisher"), "publish", { stream, event })).id).toMatch(/^\d+-\d+$/);
    expect((await unary(as("publisher"), "publishBatch", { stream, events: [event] })).results).toHaveLength(
      1,
    );
    await denied(unary(as("reader"), "publish", { stream, event }));
    await denied(unary(as("reader"), "publishBatch", { stream, events: [event] }));
    await denied(unary(as("publisher"), "publish", { stream: uniqueStream("other"), event }));
    expect(await grpc.redis.client.xlen(streamKeys(stream).stream)).toBe(2);
  });

  it("Subscribe: read", async () => {
    const stream = uniqueStream("authz");
    await published(stream);
    const reader = subscribe(as("reader"), { stream, group: "g" });
    await waitFor(() => reader.deliveries.length === 1, { what: "the delivery" });
    expect(reader.deliveries[0]?.consumer).toMatch(/^reader\|/);
    reader.call.cancel();
    const refused = await subscribe(as("publisher"), { stream, group: "g2" }).ended;
    expect(refused.code).toBe(status.PERMISSION_DENIED);
    expect(refused.metadata.get("sluice-error-code")).toEqual(["auth.missing_scope"]);
    // Refused before anything was created.
    const groups = (await grpc.redis.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[];
    expect(groups).toHaveLength(1);
  });

  it("Acknowledge: ack", async () => {
    const stream = uniqueStream("authz");
    const [id] = await published(stream);
    const acker = subscribe(as("acker"), { stream, group: "g" });
    await waitFor(() => acker.deliveries.length === 1, { what: "the delivery" });
    await denied(unary(as("reader"), "acknowledge", { stream, group: "g", ids: [id as string] }));
    expect(
      num(
        (await unary(as("acker"), "acknowledge", { stream, group: "g", ids: [id as string] })).acknowledged,
      ),
    ).toBe(1);
    acker.call.cancel();
  });

  it("GetStreamInfo and GetMetrics: read", async () => {
    const stream = uniqueStream("authz");
    await published(stream, 2);
    expect(num((await unary(as("reader"), "getStreamInfo", { stream })).length)).toBe(2);
    expect((await unary(as("reader"), "getMetrics", { streams: [stream] })).streams).toHaveLength(1);
    await denied(unary(as("publisher"), "getStreamInfo", { stream }));
    await denied(unary(as("publisher"), "getMetrics", { streams: [stream] }));
    await denied(unary(as("reader"), "getMetrics", { streams: [stream, uniqueStream("other")] }));
  });

  it("ListStreams: only the streams the caller may read", async () => {
    const [mine, theirs] = [uniqueStream("authz-a.s"), uniqueStream("authz-b.s")];
    await published(mine);
    await published(theirs);
    const names = async (client: StreamingClient) =>
      (await unary(client, "listStreams", {})).streams.map((summary) => summary.name);
    expect(await names(as("list-a"))).toContain(mine);
    expect(await names(as("list-a"))).not.toContain(theirs);
    expect(await names(as("reader"))).toEqual(expect.arrayContaining([mine, theirs]));
    expect(await names(as("publisher"))).toEqual([]);
  });

  it("Redrive: redrive, audited before it runs", async () => {
    const stream = uniqueStream("authz");
    const [id] = await published(stream);
    const keys = streamKeys(stream);
    await grpc.redis.client.xgroup("CREATE", keys.stream, "g", "0");
    await grpc.redis.client.xreadgroup("GROUP", "g", "c", "COUNT", 1, "STREAMS", keys.stream, ">");
    await deadLetter(grpc.redis.client, {
      keys,
      group: "g",
      consumer: "c",
      id: id as string,
      reason: "test",
    });
    await denied(unary(as("reader"), "redrive", { stream }));
    expect(await auditRecords(stream)).toEqual([]);
    expect(num((await unary(as("redriver"), "redrive", { stream })).moved)).toBe(1);
    expect(await auditRecords(stream)).toMatchObject([{ who: "redriver", action: "redrive", stream }]);
  });

  it("RegisterStream (any unconsumed policy): admin, audited before it runs", async () => {
    const stream = uniqueStream("authz");
    const drop = { maxLength: 1, unconsumed: sluice.streaming.v1.UnconsumedPolicy.UNCONSUMED_POLICY_DROP };
    for (const name of ["publisher", "reader", "acker", "redriver"]) {
      await denied(unary(as(name), "registerStream", { stream, groups: ["g"] }));
      await denied(unary(as(name), "registerStream", { stream, groups: ["g"], retention: drop }));
    }
    expect(await grpc.redis.client.exists(streamKeys(stream).stream)).toBe(0);
    expect(await auditRecords(stream)).toEqual([]);
    const registered = await unary(as("admin"), "registerStream", { stream, groups: ["g"], retention: drop });
    expect(registered.createdGroups).toEqual(["g"]);
    expect(await auditRecords(stream)).toMatchObject([
      { who: "admin", action: "register_stream", stream, details: { groups: ["g"] } },
    ]);
  });
});

describe("Acknowledge of another caller's entries", () => {
  it("is refused and acknowledges nothing, not even the caller's own ids of the same call", async () => {
    const stream = uniqueStream("authz");
    const [first, second] = await published(stream, 2);
    const one = subscribe(as("acker"), { stream, group: "g", maxInFlight: 1 });
    await waitFor(() => one.deliveries.length === 1, { what: "acker's delivery" });
    const two = subscribe(as("acker-2"), { stream, group: "g", maxInFlight: 1 });
    await waitFor(() => two.deliveries.length === 1, { what: "acker-2's delivery" });
    const theirs = one.deliveries[0]?.id as string;
    const mine = two.deliveries[0]?.id as string;
    expect([theirs, mine].sort()).toEqual([first, second]);

    const error = await failure(
      unary(as("acker-2"), "acknowledge", { stream, group: "g", ids: [theirs, mine] }),
    );
    expect(error.code).toBe(status.PERMISSION_DENIED);
    expect(errorCode(error)).toBe("grpc.not_own_entries");
    const [pending] = (await grpc.redis.client.call("XPENDING", streamKeys(stream).stream, "g")) as [number];
    expect(pending).toBe(2);

    // Another caller's consumer name cannot be taken: `|` is no consumer name's.
    const posing = subscribe(as("acker-2"), {
      stream,
      group: "g",
      consumer: one.deliveries[0]?.consumer ?? "",
    });
    expect((await posing.ended).code).toBe(status.INVALID_ARGUMENT);

    expect(
      num((await unary(as("acker-2"), "acknowledge", { stream, group: "g", ids: [mine] })).acknowledged),
    ).toBe(1);
    expect(
      num((await unary(as("acker"), "acknowledge", { stream, group: "g", ids: [theirs] })).acknowledged),
    ).toBe(1);
    one.call.cancel();
    two.call.cancel();
  });
});
