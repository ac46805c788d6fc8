// HTTP cases: every route of functions/http/route-table.ts with a valid request, then the same request made wrong one
// way at a time (a field, the names in the path, the body's nesting, numbers, encoding, size or content type, the
// method, the query, the headers, the credentials), plus paths that match no route.
import {
  encodeFrame,
  FRAME_CONTENT_TYPE,
  frameToJson,
  ProcessingStage,
  timestampFromMs,
} from "@sluice/frames/codec";
import { type HttpRoute, httpRoutes } from "../../functions/http/route-table.ts";
import { type Random, Weighted } from "../generate/bsky-random.ts";
import type { HttpCase } from "./fuzz-case.ts";
import { CaseBuilder } from "./fuzz-credentials.ts";
import {
  base64EdgeCase,
  boundarySize,
  DEPTHS,
  deepJson,
  fuzzName,
  HUGE_NUMBERS,
  invalidUtf8,
  mutateOneField,
  randomBytes,
} from "./mutations.ts";
import { mutateProtobuf, PROTOBUF_MUTATIONS } from "./protobuf-mutations.ts";

const JSON_TYPE = "application/json";

/** A valid frame for POST /v1/frames: a tiny image, so that a size mutation is what makes it big. */
function validFrame(random: Random, image: Buffer) {
  return {
    frameId: `fz-${random.int(1_000_000)}`,
    cameraId: `cam-${random.int(8)}`,
    sequence: random.int(1000),
    capturedAt: timestampFromMs(Date.now()),
    image: { data: image },
    regions: [{ id: "lane-1", x: 0, y: 0, width: 10, height: 10 }],
    stage: ProcessingStage.PROCESSING_STAGE_INGESTED,
  };
}

/** The names a route's path parameters take when valid. */
const VALID_PARAMS: Record<string, string[]> = {
  stream: ["fuzz", "fuzz-a", "orders.v1", "bsky"],
  route: ["echo"],
};

/** A valid JSON body of each POST route. */
function validJsonBody(random: Random, route: HttpRoute): Record<string, unknown> {
  if (route.path.endsWith("/messages")) {
    const one = () => ({ type: "fuzz.event", data: { n: random.int(1000), text: "hello" }, key: "k1" });
    return random.chance(0.7) ? one() : { entries: Array.from({ length: 1 + random.int(5) }, one) };
  }
  if (route.path.endsWith("/redrive")) return { limit: 10, ratePerSecond: 1000 };
  if (route.path === "/v1/frames") return frameToJson(validFrame(random, randomBytes(random, 32)));
  return { n: random.int(1000), hello: "world" };
}

/** JSON text with `value` (raw JSON text) where the body's first value goes: `data` for messages. */
function withRawValue(route: HttpRoute, value: string): string {
  if (route.path.endsWith("/messages")) return `{"type":"fuzz.event","data":${value}}`;
  if (route.path.endsWith("/redrive")) return `{"limit":${value},"ratePerSecond":1000}`;
  return `{"value":${value}}`;
}

const CONTENT_TYPES = [
  undefined,
  "",
  "text/plain",
  "application/json; charset=latin1",
  "application/JSON",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/x-protobuf",
  FRAME_CONTENT_TYPE,
  "application/octet-stream",
  "*/*",
  ";;;",
  "application/json; type=\u00ff",
];
const ODD_METHODS = [
  "PUT",
  "PATCH",
  "DELETE",
  "HEAD",
  "OPTIONS",
  "TRACE",
  "FOO",
  "get",
  "M-SEARCH",
  "PROPFIND",
];
const ODD_PATHS = [
  "/",
  "/v1",
  "/v1/",
  "/v1/streams/",
  "//v1/streams",
  "/v1/streams/a/b/c/d",
  "/v1/streams/%zz",
  "/v1/streams/%00/messages",
  "/v1/streams/a%2Fb/messages",
  "/V1/HEALTH",
  "/v1/health/",
  "/v1/health?x=%&y",
  "/v1/streams/%E0%A4%A/messages",
  "/v1/requests/",
  "/v1/requests/%2e%2e",
  "/v1/frames/x",
  "/v1/streams?limit=%ff%fe",
  "/%c0%ae%c0%ae/",
  "/v1/../v1/health",
];
const QUERIES = [
  "limit=0",
  "limit=-1",
  "limit=1e400",
  "limit=abc",
  "limit=99999999999999999999",
  "limit=1&limit=2",
  "timeoutMs=0",
  "timeoutMs=-5",
  "timeoutMs=NaN",
  "timeoutMs=1e400",
  "timeoutMs=abc",
  "timeoutMs=99999999999999999999",
  "path=../../x",
  "a=%ff",
  `x=${"y".repeat(4000)}`,
  "=&=&&",
];
const HEADERS = [
  ["idempotency-key", ""],
  ["idempotency-key", "k".repeat(1000)],
  ["idempotency-key", "\u00ff\u00fe"],
  ["sluice-durability", "maybe"],
  ["sluice-durability", ""],
  ["sluice-durability", "replicated; timeout=-1"],
  ["traceparent", "00-zzzz-zzzz-01"],
  ["x-trace-id", "t".repeat(5000)],
  ["content-encoding", "gzip"],
  ["transfer-encoding", "chunked"],
  ["origin", "https://evil.example"],
  ["accept", "application/x-protobuf"],
] as const;

/**
 * Each mutation's weight: sizes around the megabyte limits are few (each costs as much as hundreds of small requests,
 * and what they find shows in a few), the rest about equal.
 */
const HTTP_MUTATIONS = new Weighted<HttpMutation>([
  ["valid", 10],
  ["one_field", 10],
  ["deep_nesting", 6],
  ["huge_number", 6],
  ["invalid_utf8", 6],
  ["truncated_json", 6],
  ["random_bytes", 6],
  ["content_type", 6],
  ["size", 1],
  ["names", 10],
  ["method", 5],
  ["query", 6],
  ["header", 6],
  ["credentials", 6],
  ["base64", 6],
  ["protobuf", 6],
]);
type HttpMutation =
  | "valid"
  | "one_field"
  | "deep_nesting"
  | "huge_number"
  | "invalid_utf8"
  | "truncated_json"
  | "random_bytes"
  | "content_type"
  | "size"
  | "names"
  | "method"
  | "query"
  | "header"
  | "credentials"
  | "base64"
  | "protobuf";

/** Builds one case per call; `headers` are the valid credentials'. */
export class HttpCases extends CaseBuilder {
  /** A case for every route in turn with a random mutation, and now and then a path no route has. */
  next(): HttpCase {
    const random = this.random;
    if (random.chance(0.04)) return this.#oddPath();
    const route = random.pick(httpRoutes);
    return this.build(route, HTTP_MUTATIONS.pick(random));
  }

  build(route: HttpRoute, mutation: HttpMutation): HttpCase {
    const random = this.random;
    const params = { ...VALID_PARAMS };
    let method: string = route.method;
    let query = "";
    let headers: Record<string, string> = { ...this.credentials };
    let contentType: string | undefined = JSON_TYPE;
    let body: Buffer = Buffer.alloc(0);
    const post = route.method === "POST";
    if (post) body = Buffer.from(JSON.stringify(validJsonBody(random, route)));
    if (post && route.path === "/v1/frames" && random.chance(0.5)) {
      body = Buffer.from(encodeFrame(validFrame(random, randomBytes(random, 32))));
      contentType = "application/x-protobuf";
    }
    switch (mutation) {
      case "valid":
        break;
      case "one_field":
        body = Buffer.from(JSON.stringify(mutateOneField(random, validJsonBody(random, route))));
        contentType = JSON_TYPE;
        break;
      case "deep_nesting":
        body = Buffer.from(withRawValue(route, deepJson(random, random.pick(DEPTHS))));
        contentType = JSON_TYPE;
        break;
      case "huge_number":
        body = Buffer.from(withRawValue(route, random.pick(HUGE_NUMBERS)));
        contentType = JSON_TYPE;
        break;
      case "invalid_utf8":
        body = Buffer.concat([
          Buffer.from(withRawValue(route, '"').slice(0, -1)),
          invalidUtf8(random),
          Buffer.from('"}'),
        ]);
        contentType = JSON_TYPE;
        break;
      case "truncated_json":
        body = body.subarray(0, random.int(Math.max(1, body.length)));
        break;
      case "random_bytes":
        body = randomBytes(random, random.int(2048));
        contentType = random.pick(CONTENT_TYPES);
        break;
      case "content_type":
        contentType = random.pick(CONTENT_TYPES);
        break;
      case "size":
        body = this.#sized(route);
        break;
      case "names":
        for (const name of Object.keys(params)) params[name] = [fuzzName(random, params[name]?.[0] ?? "x")];
        if (route.path === "/v1/frames") {
          const frame = frameToJson(validFrame(random, randomBytes(random, 32)));
          const name = random.pick(["cameraId", "frameId"]);
          body = Buffer.from(JSON.stringify({ ...frame, [name]: fuzzName(random, "cam-1") }));
          contentType = JSON_TYPE;
        }
        break;
      case "method":
        method = random.pick(ODD_METHODS);
        break;
      case "query":
        query = random.pick(QUERIES);
        break;
      case "header": {
        const [name, value] = random.pick(HEADERS);
        headers[name] = value;
        break;
      }
      case "credentials":
        headers = { ...random.pick(Object.values(this.wrong)) };
        break;
      case "base64":
        body = Buffer.from(JSON.stringify(this.#base64Body(route)));
        contentType = JSON_TYPE;
        break;
      case "protobuf": {
        const frame = encodeFrame(validFrame(random, randomBytes(random, 64)));
        body = mutateProtobuf(random, frame, random.pick(PROTOBUF_MUTATIONS));
        contentType = random.pick(["application/x-protobuf", FRAME_CONTENT_TYPE]);
        break;
      }
    }
    if (contentType !== undefined && (post || random.chance(0.1))) headers["content-type"] = contentType;
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(random.pick(params[name] ?? ["x"])),
    );
    const target = `${route.method} ${route.path}`;
    return { kind: "http", target, mutation, method, path: query ? `${path}?${query}` : path, headers, body };
  }

  /** A body whose size sits around a limit: the payload of one entry, a frame's image, or the whole body. */
  #sized(route: HttpRoute): Buffer {
    const random = this.random;
    const size = boundarySize(random);
    if (route.path.endsWith("/messages")) {
      const text = randomBytes(random, Math.ceil(size / 2))
        .toString("hex")
        .slice(0, size);
      return Buffer.from(JSON.stringify({ type: "fuzz.size", data: text }));
    }
    // A frame's image has at least a byte (encodeFrame refuses an empty one, as the API does: the protobuf
    // mutations send that).
    if (route.path === "/v1/frames")
      return Buffer.from(encodeFrame(validFrame(random, randomBytes(random, Math.max(1, size)))));
    return randomBytes(random, size);
  }

  /** Base64 edge cases where the API takes base64: an entry's `dataBase64`, a frame's image in the JSON mapping. */
  #base64Body(route: HttpRoute): Record<string, unknown> {
    const random = this.random;
    const bytes = randomBytes(random, random.int(300));
    const encoded = base64EdgeCase(random, bytes);
    if (route.path === "/v1/frames") {
      const frame = frameToJson(validFrame(random, bytes)) as { image: Record<string, unknown> };
      return { ...frame, image: { ...frame.image, data: encoded } };
    }
    return { type: "fuzz.binary", dataBase64: encoded, contentType: "application/octet-stream" };
  }

  #oddPath(): HttpCase {
    const random = this.random;
    const path = random.chance(0.1)
      ? `/v1/${"x".repeat(random.pick([2000, 9000, 20_000]))}`
      : random.pick(ODD_PATHS);
    const method = random.pick(["GET", "POST", ...ODD_METHODS]);
    const body =
      method === "GET" || method === "HEAD" ? Buffer.alloc(0) : randomBytes(random, random.int(200));
    return {
      kind: "http",
      target: "odd path",
      mutation: "path",
      method,
      path,
      headers: { ...this.credentials },
      body,
    };
  }
}
