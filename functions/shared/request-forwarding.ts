// What POST /v1/requests/{route} (functions/http/send-request.ts) passes between a caller and the route's proxy
// workers: the query but its own `timeoutMs`, and the headers but hop-by-hop ones and the body's framing, and
// inbound but the caller's credentials.
import { InvalidInputError } from "@sluice/streams";

const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "expect",
  "upgrade",
  "te",
];
const INBOUND_DROPPED = new Set([...HOP_BY_HOP, "host", "authorization", "x-api-key", "cookie"]);
const OUTBOUND_DROPPED = new Set(HOP_BY_HOP);

const keep = (headers: Record<string, string>, dropped: Set<string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped.has(name.toLowerCase())));

/** The caller's headers as the proxy worker gets them. */
export const inboundHeaders = (headers: Record<string, string>) => keep(headers, INBOUND_DROPPED);

/** The proxy worker's reply headers as the caller gets them. */
export const outboundHeaders = (headers: Record<string, string>) => keep(headers, OUTBOUND_DROPPED);

/** `?timeoutMs=`, the wait the caller asks for (undefined: the default), and the path with the rest of the query. */
export function forwardedQuery(query: Record<string, string>): {
  timeoutMs: number | undefined;
  path: string;
} {
  const { timeoutMs: asked, ...params } = query;
  const timeoutMs = asked === undefined ? undefined : Number(asked);
  if (timeoutMs !== undefined && !(Number.isSafeInteger(timeoutMs) && timeoutMs > 0)) {
    throw new InvalidInputError("http.invalid_timeout", `timeoutMs must be a positive integer, got ${asked}`);
  }
  const search = new URLSearchParams(params).toString();
  return { timeoutMs, path: search ? `/?${search}` : "/" };
}
