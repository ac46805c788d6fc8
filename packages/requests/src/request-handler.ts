import type { BatchHandler, EntryFailure, RedisClient, StreamEntry } from "@sluice/streams";
import { InvalidInputError } from "@sluice/streams";
import { decodeRequestFrame } from "./frame.ts";
import { type ReplyWriterOptions, writeReply } from "./reply-writer.ts";
import { replyKeyKind, routeOfStream } from "./request-keys.ts";
import { REQUEST_TYPE } from "./request-sender.ts";
import type { ProxyRequest, ReplyInput, RouteHandler } from "./types.ts";

/** What a worker did with requests, since it started. */
export interface ProxyStats {
  /** Replies written. */
  served: number;
  /** Requests whose deadline had passed when they were read: acknowledged, not processed. */
  expired: number;
  /** Handled, but done only after the deadline: no reply written (the caller was gone). */
  late: number;
  /** Replies not written because one had been written already (a redelivered request). */
  duplicates: number;
  /** Replies not written because the caller's reply stream no longer exists. */
  undeliverable: number;
  /** Route handlers that threw: answered 500. */
  errors: number;
}

export type ProxyEvent = keyof ProxyStats;

const INTERNAL_ERROR = JSON.stringify({ error: "internal", message: "The route failed to answer" });

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("requests.invalid_request", message);
}

function normalize(reply: ReplyInput): { status: number; headers: Record<string, string>; body: Buffer } {
  const status = reply?.status ?? 200;
  if (!Number.isInteger(status) || status < 100 || status > 599)
    throw new Error(`route returned status ${status}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  const { body } = reply;
  return {
    status,
    headers,
    body:
      body === undefined
        ? Buffer.alloc(0)
        : typeof body === "string"
          ? Buffer.from(body)
          : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  };
}

/** A request entry as a route handler sees it; throws `invalid` (dead-lettered at once) for a malformed one. */
function toProxyRequest(route: string, entry: StreamEntry): Omit<ProxyRequest, "signal"> {
  if (entry.type !== REQUEST_TYPE) throw invalid(`Entry ${entry.id} is a ${entry.type}, not a request`);
  if (entry.replyKey === undefined || replyKeyKind(entry.replyKey) === undefined) {
    throw invalid(`Request ${entry.id} names no valid reply key: ${JSON.stringify(entry.replyKey)}`);
  }
  if (entry.deadline === undefined) throw invalid(`Request ${entry.id} has no deadline`);
  const frame = decodeRequestFrame(entry.data);
  return {
    route,
    requestId: frame.requestId,
    method: frame.method,
    path: frame.path,
    headers: { ...frame.headers, "content-type": entry.contentType },
    contentType: entry.contentType,
    body: frame.body,
    deadline: entry.deadline,
    ...(entry.traceId !== undefined && { traceId: entry.traceId }),
  };
}

/**
 * The signal a route handler gets: aborted when the worker stops or the request's deadline comes. One controller and
 * one timer per request, released as soon as the handler is done: AbortSignal.timeout would leave its timer (and,
 * when it fires, an exception object) behind for every request until the deadline, seconds later, and
 * AbortSignal.any would register every request with the worker's long-lived stop signal.
 */
function handlingSignal(stopping: AbortSignal, deadline: number): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const onStop = () => controller.abort(stopping.reason);
  const timer = setTimeout(
    () => controller.abort(new DOMException("The request's deadline passed", "TimeoutError")),
    Math.max(1, deadline - Date.now()),
  );
  if (stopping.aborted) onStop();
  else stopping.addEventListener("abort", onStop, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      clearTimeout(timer);
      stopping.removeEventListener("abort", onStop);
    },
  };
}

export interface RequestHandlerOptions {
  client: RedisClient;
  routes: Record<string, RouteHandler>;
  reply?: ReplyWriterOptions;
  count: (route: string, event: ProxyEvent, durationMs?: number) => void;
  log: (fields: Record<string, unknown>) => void;
}

/**
 * The batch handler of a proxy worker: per request, skip it when its deadline has passed, else run its route and
 * write the reply to the request's reply key at most once; only then is the request acknowledged (by returning
 * success). A reply Redis could not take fails the entry: it stays pending and is retried while its deadline allows.
 */
export function createRequestHandler(options: RequestHandlerOptions): BatchHandler {
  const { client, routes, count, log } = options;

  async function serve(route: string, entry: StreamEntry, stopping: AbortSignal): Promise<void> {
    if (entry.deadline === undefined || !Number.isSafeInteger(entry.deadline)) {
      throw invalid(`Request ${entry.id} has no valid deadline (dl): not a Sluice request`);
    }
    if (entry.deadline <= Date.now()) return count(route, "expired");
    const handler = routes[route];
    if (!handler) throw invalid(`No handler for route ${route}`);
    const decoded = toProxyRequest(route, entry);
    const handling = handlingSignal(stopping, entry.deadline);
    const request: ProxyRequest = { ...decoded, signal: handling.signal };
    const started = performance.now();
    let reply: ReturnType<typeof normalize>;
    try {
      reply = normalize(await handler(request));
    } catch (error) {
      // Stopping past its grace: the runner hands the request back for another worker; no reply from here.
      if (stopping.aborted) throw error;
      // The deadline timer can fire a moment before the wall clock reaches it: either means the caller is gone.
      if (handling.signal.aborted || Date.now() >= request.deadline) return count(route, "late");
      count(route, "errors");
      log({
        level: "error",
        msg: "route failed",
        route,
        requestId: request.requestId,
        traceId: request.traceId,
        error: String(error),
      });
      reply = {
        status: 500,
        headers: { "content-type": "application/json" },
        body: Buffer.from(INTERNAL_ERROR),
      };
    } finally {
      handling.release();
    }
    if (Date.now() >= request.deadline) return count(route, "late");
    const target = {
      replyKey: entry.replyKey as string,
      requestId: request.requestId,
      deadline: request.deadline,
    };
    const outcome = await writeReply(client, target, reply, options.reply);
    count(
      route,
      outcome === "sent" ? "served" : outcome === "duplicate" ? "duplicates" : "undeliverable",
      performance.now() - started,
    );
  }

  return async (entries, context) => {
    const route = routeOfStream(context.stream) ?? context.stream;
    const failures: EntryFailure[] = [];
    await Promise.all(
      entries.map((entry) =>
        serve(route, entry, context.signal).catch((error: unknown) => {
          failures.push({ id: entry.id, error });
        }),
      ),
    );
    return { failures };
  };
}
