import { InvalidInputError, type StreamKeys, streamKeys } from "@sluice/streams";

/** Route names as the HTTP path carries them: `echo`, `orders`, `img.resize-v2`. */
export const ROUTE_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Request ids and ingress ids: they end up inside key names and hash tags, so no braces, spaces or colons. */
const ID = /^[A-Za-z0-9._=+/-]{1,128}$/;
/** What a worker accepts as a reply key: only the two shapes an ingress builds, never an arbitrary key. */
const REPLY_KEY = /^sluice:(reply|replies):\{[A-Za-z0-9._=+/-]{1,128}\}$/;

export function assertRouteName(route: string): void {
  if (typeof route !== "string" || !ROUTE_NAME.test(route)) {
    throw new InvalidInputError(
      "requests.invalid_route",
      `Invalid route name ${JSON.stringify(route)}: use 1-64 characters a-z 0-9 . _ -, starting with a letter or digit`,
      { details: { route } },
    );
  }
}

export function assertId(kind: "request" | "ingress", id: string): void {
  if (typeof id !== "string" || !ID.test(id)) {
    throw new InvalidInputError(
      `requests.invalid_${kind}_id`,
      `Invalid ${kind} id ${JSON.stringify(id)}: use 1-128 characters A-Z a-z 0-9 . _ = + / - (API Gateway request ids fit)`,
      { details: { id } },
    );
  }
}

/** The keys of one route: its request stream is the Sluice stream `rr.<route>`, with the usual DLQ and helpers. */
export interface RequestKeys {
  readonly route: string;
  /** Stream name for @sluice/streams (`rr.<route>`). */
  readonly streamName: string;
  /** `sluice:{rr.<route>}`, its DLQ and helper keys. */
  readonly stream: StreamKeys;
}

export function requestKeys(route: string): RequestKeys {
  assertRouteName(route);
  const streamName = `rr.${route}`;
  return { route, streamName, stream: streamKeys(streamName) };
}

/** The route of a request stream name (`rr.echo` → `echo`), or undefined. */
export function routeOfStream(streamName: string): string | undefined {
  return streamName.startsWith("rr.") ? streamName.slice(3) : undefined;
}

/**
 * A Lambda's reply list for one request. The request id is the key's hash tag, so the at-most-once guard
 * (`replyGuardKey`) sits in the same cluster slot and one Lua script may write both.
 */
export function replyListKey(requestId: string): string {
  assertId("request", requestId);
  return `sluice:reply:{${requestId}}`;
}

/** A long-running ingress's one reply stream, hash-tagged by the ingress id. */
export function replyStreamKey(ingressId: string): string {
  assertId("ingress", ingressId);
  return `sluice:replies:{${ingressId}}`;
}

/** Whether a reply key is one of the two shapes above; a worker writes to nothing else. */
export function replyKeyKind(replyKey: string): "list" | "stream" | undefined {
  const match = REPLY_KEY.exec(replyKey);
  if (!match) return undefined;
  return match[1] === "reply" ? "list" : "stream";
}

/** Set once a reply to `requestId` was written to `replyKey`: same hash tag, so same slot as the reply. */
export function replyGuardKey(replyKey: string, requestId: string): string {
  return `${replyKey}:sent:${requestId}`;
}
