import { InvalidInputError } from "@sluice/streams";
import type { ProxyRequest, ReplyInput, RouteHandler } from "../types.ts";
import { HOP_BY_HOP } from "./echo.ts";
import { upstreamUrl } from "./upstream-url.ts";

export interface ForwardOptions {
  /** Longest wait for the upstream, always cut to the request's deadline (default 10000 ms). */
  timeoutMs?: number;
  /** Largest upstream answer passed back (default 6 MiB, what a Lambda response can carry); 502 beyond. */
  maxResponseBytes?: number;
}

// fetch decodes compressed bodies: the length and encoding it was sent with no longer describe what we pass on.
const NOT_PASSED_BACK = new Set([...HOP_BY_HOP, "content-encoding"]);

function problem(status: number, error: string, message: string): ReplyInput {
  return {
    status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ error, message }),
  };
}

/** The body, or undefined once it passes `limit` bytes (read as a stream: never more than the limit in memory). */
async function readCapped(response: Response, limit: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    // Leaving the loop cancels the rest of the body.
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * An HTTP forwarder route: sends the request to `url` (plus the request's path below the route) with fetch, and
 * answers with the upstream's status, headers and body. The upstream gets until the earlier of `timeoutMs` and the
 * request deadline: past it the answer is 504; an upstream that cannot be reached or fails mid-answer is 502. A path
 * that would leave `url`'s origin or path (upstream-url.ts) is 400 `requests.invalid_path`, and nothing is sent.
 */
export function forwardTo(url: string, options: ForwardOptions = {}): RouteHandler {
  const base = new URL(url);
  const { timeoutMs = 10_000, maxResponseBytes = 6 * 1024 * 1024 } = options;
  return async (request: ProxyRequest) => {
    let target: URL;
    try {
      target = upstreamUrl(base, request.path);
    } catch (error) {
      if (error instanceof InvalidInputError) return problem(400, error.code, error.message);
      throw error;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (!HOP_BY_HOP.has(name)) headers.set(name, value);
    headers.set("x-request-id", request.requestId);
    if (request.traceId) headers.set("x-trace-id", request.traceId);
    const budget = Math.max(1, Math.min(timeoutMs, request.deadline - Date.now()));
    const timeout = AbortSignal.timeout(budget);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    try {
      const response = await fetch(target, {
        method: request.method,
        headers,
        ...(hasBody && { body: request.body }),
        signal: AbortSignal.any([request.signal, timeout]),
        redirect: "manual",
      });
      const body = await readCapped(response, maxResponseBytes);
      if (body === undefined) {
        return problem(502, "upstream_too_large", `The upstream's answer is over ${maxResponseBytes} bytes`);
      }
      const replyHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!NOT_PASSED_BACK.has(name)) replyHeaders[name] = value;
      });
      return { status: response.status, headers: replyHeaders, body };
    } catch (error) {
      // Cut short by the request's own deadline (or the worker stopping): nobody waits for an answer any more.
      if (request.signal.aborted || (timeout.aborted && budget < timeoutMs)) throw error;
      if (timeout.aborted)
        return problem(504, "upstream_timeout", `The upstream did not answer within ${budget} ms`);
      return problem(502, "bad_gateway", "The upstream could not be reached or failed to answer");
    }
  };
}
