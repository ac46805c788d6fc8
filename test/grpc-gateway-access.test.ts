// The gateway as deployed (runGateway) authorizes through the stream catalog, like the HTTP API: the platform's
// streams are neither written nor read by callers whatever their scopes, ListStreams lists only what a caller may
// read, the platform's groups are not callers', groups per stream follow the catalog's quota, and admin actions
// land in sluice.audit under the token's name.
import * as grpc from "@grpc/grpc-js";
import { bearerTokenInterceptor, type GrpcServer, StreamingClient } from "@sluice/grpc";
import { AUDIT_STREAM, streamKeys } from "@sluice/streams";
import { uniqueStream, useRedisServer } from "@sluice/testing/clients";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGrpcConfig } from "../functions/config/grpc.ts";
import { streamEntry } from "../functions/config/stream-table.ts";
import { runGateway } from "../functions/services/gateway.ts";

const redis = useRedisServer();
const TOKENS = [
  { name: "operator", token: "token-of-the-operator", scopes: ["*"] },
  { name: "app", token: "token-of-the-app-0001", scopes: ["publish:app.*", "read:app.*"] },
];
let gateway: GrpcServer;
const clients = new Map<string, StreamingClient>();

beforeAll(async () => {
  const { host, port } = redis.redis;
  const config = loadGrpcConfig(
    { SLUICE_REDIS_URL: `redis://${host}:${port}`, SLUICE_TOKENS: JSON.stringify(TOKENS) },
    null,
    null,
  );
  gateway = await runGateway({ ...config, host: "127.0.0.1", port: 0 }, () => {});
  for (const { name, token } of TOKENS) {
    const address = `127.0.0.1:${gateway.port}`;
    const options = { interceptors: [bearerTokenInterceptor(token)] };
    clients.set(name, new StreamingClient(address, grpc.credentials.createInsecure(), options));
  }
});

afterAll(async () => {
  for (const client of clients.values()) client.close();
  await gateway?.close(1000);
});

const as = (name: string) => clients.get(name) as StreamingClient;

type Unary = (request: object, callback: (error: grpc.ServiceError | null) => void) => void;

/** A unary call's error, or null. */
function call(client: StreamingClient, method: string, request: object): Promise<grpc.ServiceError | null> {
  const unary = (client as unknown as Record<string, Unary>)[method] as Unary;
  return new Promise((resolve) => unary.call(client, request, resolve));
}

const codeOf = (error: grpc.ServiceError | null) => [
  error?.code ?? grpc.status.OK,
  error?.metadata.get("sluice-error-code")[0]?.toString(),
];
const event = { type: "t", data: Buffer.from("1") };
const PLATFORM = ["frames.input", "frames.processed", "frames.output", "rr.echo", "sluice.audit"];

describe("the platform's streams", () => {
  it("are not writable by any caller (PERMISSION_DENIED auth.platform_stream), and nothing is written", async () => {
    for (const stream of PLATFORM) {
      for (const method of ["publish", "publishBatch"]) {
        const request = method === "publish" ? { stream, event } : { stream, events: [event] };
        expect(codeOf(await call(as("operator"), method, request)), `${method} ${stream}`).toEqual([
          grpc.status.PERMISSION_DENIED,
          "auth.platform_stream",
        ]);
      }
      expect(await redis.client.exists(streamKeys(stream).stream), stream).toBe(0);
    }
  });

  it("are not listed or read where the catalog keeps reading for the platform", async () => {
    const listed = uniqueStream("app.listed");
    await call(as("operator"), "registerStream", { stream: listed, groups: ["g"] });
    const list = await new Promise<{ streams: { name: string }[] }>((resolve, reject) =>
      as("operator").listStreams({}, (error, response) =>
        error ? reject(error) : resolve(response as never),
      ),
    );
    const names = list.streams.map((summary) => summary.name);
    expect(names).toContain(listed);
    expect(names).not.toContain(AUDIT_STREAM);
    expect(codeOf(await call(as("operator"), "getStreamInfo", { stream: AUDIT_STREAM }))).toEqual([
      grpc.status.PERMISSION_DENIED,
      "auth.platform_stream",
    ]);
  });

  it("keep their platform groups: a caller may read frames.processed, but not as ml_inference", async () => {
    const subscribe = (group: string) =>
      new Promise<grpc.StatusObject>((resolve) => {
        const stream = as("operator").subscribe({ stream: "frames.processed", group });
        stream.on("error", () => {});
        stream.on("status", resolve);
        setTimeout(() => stream.cancel(), 300);
      });
    const refused = await subscribe("ml_inference");
    expect([refused.code, refused.metadata.get("sluice-error-code")[0]]).toEqual([
      grpc.status.PERMISSION_DENIED,
      "grpc.platform_group",
    ]);
    expect((await subscribe("my-dashboard")).code).toBe(grpc.status.CANCELLED);
  });
});

describe("callers' streams", () => {
  it("allow each caller what its scopes say", async () => {
    const stream = uniqueStream("app.orders");
    expect(codeOf(await call(as("app"), "publish", { stream, event }))).toEqual([grpc.status.OK, undefined]);
    expect(codeOf(await call(as("app"), "publish", { stream: uniqueStream("billing"), event }))).toEqual([
      grpc.status.PERMISSION_DENIED,
      "auth.missing_scope",
    ]);
    expect(codeOf(await call(as("app"), "registerStream", { stream, groups: ["g"] }))).toEqual([
      grpc.status.PERMISSION_DENIED,
      "auth.missing_scope",
    ]);
  });

  it("hold the catalog's quota of groups, and RegisterStream is audited under the token's name", async () => {
    const stream = uniqueStream("app.groups");
    const { maxGroups = 0 } = streamEntry(stream) ?? {};
    const groups = Array.from({ length: maxGroups + 1 }, (_, i) => `g${i}`);
    expect(codeOf(await call(as("operator"), "registerStream", { stream, groups }))).toEqual([
      grpc.status.RESOURCE_EXHAUSTED,
      "grpc.group_quota",
    ]);
    const info = (await redis.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[];
    expect(info).toHaveLength(maxGroups);
    const audit = await redis.client.xrange(streamKeys(AUDIT_STREAM).stream, "-", "+");
    const records = audit.map(([, fields]) => JSON.parse(fields[fields.indexOf("d") + 1] as string));
    expect(records).toContainEqual(
      expect.objectContaining({ who: "operator", action: "register_stream", stream }),
    );
  });
});

describe("10,000 random group names", () => {
  it("are refused past each stream's quota of groups (RESOURCE_EXHAUSTED), and memory grows < 50 MB", async () => {
    const usedMemory = async () => Number(/used_memory:(\d+)/.exec(await redis.client.info("memory"))?.[1]);
    const streams = Array.from({ length: 10 }, () => uniqueStream("app.flood"));
    const { maxGroups = 0 } = streamEntry(streams[0] as string) ?? {};
    const before = await usedMemory();
    const outcomes = new Map<string, number>();
    const queue = Array.from({ length: 10_000 }, (_, i) => i);
    const worker = async () => {
      for (let i = queue.pop(); i !== undefined; i = queue.pop()) {
        const group = `g-${i}-${Math.random().toString(36).slice(2)}`;
        const request = { stream: streams[i % streams.length], groups: [group] };
        const [code, reason] = codeOf(await call(as("operator"), "registerStream", request));
        const key = `${code} ${reason}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    expect(Object.fromEntries(outcomes)).toEqual({
      [`${grpc.status.OK} undefined`]: streams.length * maxGroups,
      [`${grpc.status.RESOURCE_EXHAUSTED} grpc.group_quota`]: 10_000 - streams.length * maxGroups,
    });
    for (const stream of streams) {
      const info = (await redis.client.call("XINFO", "GROUPS", streamKeys(stream).stream)) as unknown[];
      expect(info).toHaveLength(maxGroups);
    }
    // Every call, refused ones too, leaves an audit record (written before the action): 10,000 small entries.
    expect((await usedMemory()) - before).toBeLessThan(50 * 1024 * 1024);
  }, 120_000);
});
