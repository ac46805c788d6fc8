import { randomUUID } from "node:crypto";
import { InvalidInputError, Producer, platformCapability } from "@sluice/streams";
import { BacklogProbe } from "./backlog-probe.ts";
import type { ResolvedClientOptions } from "./client-options.ts";
import { encodeRequestFrame } from "./frame.ts";
import { assertId, type RequestKeys, requestKeys } from "./request-keys.ts";
import type { RequestOptions } from "./types.ts";

export const REQUEST_TYPE = "request";
const OCTET_STREAM = "application/octet-stream";

export interface PreparedRequest {
  keys: RequestKeys;
  requestId: string;
  deadline: number;
  replyKey: string;
}

function invalid(message: string): InvalidInputError {
  return new InvalidInputError("requests.invalid_request", message);
}

/** Checks a request, then appends it to its route's stream once the route's backlog allows. Both clients use it. */
/** The request path is the only writer of request streams (`rr.<route>`, which the catalog reserves to it). */
const REQUEST_STREAMS = platformCapability("rr.*");

export class RequestSender {
  readonly #options: ResolvedClientOptions;
  readonly #producer: Producer;
  readonly #probe: BacklogProbe;

  constructor(options: ResolvedClientOptions) {
    this.#options = options;
    this.#producer = new Producer(options.client, {
      maxPayloadBytes: options.maxRequestBytes,
      ...(options.metrics && { metrics: options.metrics }),
      ...(options.settingsFor && { settingsFor: options.settingsFor }),
      platform: REQUEST_STREAMS,
    });
    this.#probe = new BacklogProbe(options.client, options.group, options.backlogCacheMs);
  }

  /** Validates what can be checked without Redis; `replyKeyOf` names where the reply goes. */
  prepare(
    route: string,
    options: RequestOptions,
    replyKeyOf: (requestId: string) => string,
  ): PreparedRequest {
    const keys = requestKeys(route);
    if (options === null || typeof options !== "object") throw invalid("Request options must be an object");
    const { body, method, path } = options;
    if (body !== undefined && typeof body !== "string" && !(body instanceof Uint8Array)) {
      throw invalid("A request body must be bytes or a string");
    }
    if (method !== undefined && !/^[A-Za-z]{1,16}$/.test(method))
      throw invalid(`Invalid method ${JSON.stringify(method)}`);
    if (path !== undefined && (typeof path !== "string" || !path.startsWith("/") || path.length > 4096)) {
      throw invalid(
        `A request path starts with "/" and has at most 4096 characters, got ${JSON.stringify(path)}`,
      );
    }
    const requestId = options.requestId ?? randomUUID();
    assertId("request", requestId);
    const { defaultTimeoutMs, maxTimeoutMs } = this.#options;
    const now = Date.now();
    const deadline = options.deadline ?? now + (options.timeoutMs ?? defaultTimeoutMs);
    if (!Number.isSafeInteger(deadline) || deadline - now > maxTimeoutMs) {
      throw invalid(`A request deadline must be epoch ms at most ${maxTimeoutMs} ms ahead, got ${deadline}`);
    }
    return { keys, requestId, deadline, replyKey: replyKeyOf(requestId) };
  }

  /** Appends the request (after the backlog check); rejects with typed errors, writes nothing when it does. */
  async send(prepared: PreparedRequest, options: RequestOptions): Promise<void> {
    const { backlogLimit, retryAfterSeconds } = this.#options;
    if (backlogLimit !== Infinity) await this.#probe.check(prepared.keys, backlogLimit, retryAfterSeconds);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers ?? {}))
      headers[name.toLowerCase()] = String(value);
    const contentType = options.contentType ?? headers["content-type"] ?? OCTET_STREAM;
    delete headers["content-type"];
    const data = encodeRequestFrame({
      requestId: prepared.requestId,
      method: (options.method ?? "POST").toUpperCase(),
      path: options.path ?? "/",
      headers,
      body: options.body,
    });
    await this.#producer.send(prepared.keys.streamName, {
      type: REQUEST_TYPE,
      data,
      contentType,
      replyKey: prepared.replyKey,
      deadline: prepared.deadline,
      ...(options.traceId !== undefined && { traceId: options.traceId }),
    });
  }
}
