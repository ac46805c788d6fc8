import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { nextRetryPauseMs, typed, UnavailableError } from "@sluice/streams";
import {
  CLIENT_DEFAULTS,
  CLIENT_OPTIONAL,
  type RequestClientOptions,
  type ResolvedClientOptions,
  resolveOptions,
} from "./client-options.ts";
import { ReplyTimeoutError } from "./errors.ts";
import { decodeReplyFrame } from "./frame.ts";
import { replyStreamKey } from "./request-keys.ts";
import { RequestSender } from "./request-sender.ts";
import type { Reply, RequestClient, RequestOptions } from "./types.ts";

export interface StreamReplyClientOptions extends RequestClientOptions {
  /** Names the reply stream `sluice:replies:{<ingressId>}`; default host, pid and a random suffix. */
  ingressId?: string;
  /** The reply stream expires this long after the last upkeep, so a crashed process leaves nothing (default 60000). */
  replyStreamTtlMs?: number;
  /** How often read replies are trimmed and the TTL refreshed (default 1000 ms). */
  upkeepIntervalMs?: number;
  /** How long one XREAD blocks (default 2000 ms). */
  blockMs?: number;
  /** Errors the reader recovers from (Redis unavailable); default console.error. */
  onError?: (error: unknown) => void;
}

interface Waiter {
  resolve(reply: Reply): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

const DEFAULTS = { ...CLIENT_DEFAULTS, replyStreamTtlMs: 60_000, upkeepIntervalMs: 1000, blockMs: 2000 };
const READ_COUNT = 1000;
const STALLED_AFTER_MS = 1500;
const MAX_BACKOFF_MS = 2000;

function defaultIngressId(): string {
  const host = hostname()
    .replace(/[^A-Za-z0-9._-]/g, "-")
    .slice(0, 60);
  return `${host}-${process.pid}-${randomBytes(4).toString("hex")}`;
}

/**
 * For a long-running ingress: one reply stream per process (`sluice:replies:{<ingressId>}`), read by one loop
 * (XREAD BLOCK on the reader connection) that hands each reply to the request waiting for it, by request id.
 * Waiting requests hold a map entry and a timer, not a connection. The stream is trimmed up to what was read
 * and its TTL refreshed every `upkeepIntervalMs`; `close()` deletes it.
 */
export class StreamReplyClient implements RequestClient {
  readonly replyKey: string;
  readonly #options: ResolvedClientOptions & typeof DEFAULTS & StreamReplyClientOptions;
  readonly #sender: RequestSender;
  readonly #waiters = new Map<string, Waiter>();
  #lastId = "0-0";
  #closed = false;
  #upkeep: NodeJS.Timeout | undefined;

  /** Creates the reply stream and starts reading it. */
  static async open(options: StreamReplyClientOptions): Promise<StreamReplyClient> {
    const client = new StreamReplyClient(options);
    await client.#create();
    client.#upkeep = setInterval(() => client.#maintain(), client.#options.upkeepIntervalMs).unref();
    void client.#read();
    return client;
  }

  private constructor(options: StreamReplyClientOptions) {
    this.#options = resolveOptions(
      "request client",
      DEFAULTS,
      options,
      ["client", "reader"],
      [...CLIENT_OPTIONAL, "ingressId", "onError"],
    );
    this.replyKey = replyStreamKey(options.ingressId ?? defaultIngressId());
    this.#sender = new RequestSender(this.#options);
  }

  /** Requests waiting for their reply now. */
  get waiting(): number {
    return this.#waiters.size;
  }

  request(route: string, options: RequestOptions = {}): Promise<Reply> {
    if (this.#closed) {
      return Promise.reject(new UnavailableError("requests.closed", "The request client is closed"));
    }
    let prepared: ReturnType<RequestSender["prepare"]>;
    try {
      prepared = this.#sender.prepare(route, options, () => this.replyKey);
    } catch (error) {
      return Promise.reject(error);
    }
    const { requestId, deadline } = prepared;
    if (this.#waiters.has(requestId)) {
      return Promise.reject(
        new UnavailableError("requests.duplicate_id", `Request ${requestId} is already waiting`),
      );
    }
    const started = Date.now();
    // Registered before the request is sent: the reply may be read before XADD's own answer is.
    const reply = new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(requestId);
        reject(new ReplyTimeoutError(route, requestId, Date.now() - started));
      }, deadline - started);
      this.#waiters.set(requestId, { resolve, reject, timer });
    });
    this.#sender.send(prepared, options).catch((error: unknown) => this.#settle(requestId, undefined, error));
    return reply;
  }

  /** Rejects waiting requests (`requests.closed`), stops reading and upkeep, deletes the reply stream. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#upkeep);
    for (const requestId of [...this.#waiters.keys()]) {
      this.#settle(
        requestId,
        undefined,
        new UnavailableError("requests.closed", "The request client closed"),
      );
    }
    await typed(this.#options.client.del(this.replyKey)).catch(this.#onError);
  }

  #settle(requestId: string, reply: Reply | undefined, error?: unknown): void {
    const waiter = this.#waiters.get(requestId);
    if (!waiter) return; // timed out, or a duplicate reply: the caller already has its answer
    this.#waiters.delete(requestId);
    clearTimeout(waiter.timer);
    if (reply) waiter.resolve(reply);
    else waiter.reject(error);
  }

  readonly #onError = (error: unknown) => (this.#options.onError ?? console.error)(error);

  /** An empty stream with a TTL, created atomically: there is never a reply stream without expiry. */
  async #create(): Promise<void> {
    const { client, replyStreamTtlMs } = this.#options;
    const replies = await typed(
      client
        .multi()
        .xadd(this.replyKey, "MAXLEN", "0", "*", "i", "-")
        .pexpire(this.replyKey, replyStreamTtlMs)
        .exec(),
    );
    const failed = replies?.find(([error]) => error)?.[0];
    if (failed) throw failed;
    this.#lastId = "0-0";
  }

  async #maintain(): Promise<void> {
    if (this.#closed) return;
    const { client, replyStreamTtlMs } = this.#options;
    try {
      const replies = await typed(
        client
          .pipeline()
          .xtrim(this.replyKey, "MINID", this.#lastId)
          .pexpire(this.replyKey, replyStreamTtlMs)
          .exec(),
      );
      const [, refreshed] = replies?.[1] ?? [];
      // Gone (Redis restarted empty, or upkeep failed for a whole TTL): recreate it, or replies are dropped.
      if (refreshed === 0 && !this.#closed) await this.#create();
    } catch (error) {
      this.#onError(error);
    }
  }

  async #read(): Promise<void> {
    const { reader, blockMs } = this.#options;
    let backoffMs = 0;
    while (!this.#closed) {
      const started = Date.now();
      try {
        const reply = (await typed(
          reader.callBuffer(
            "XREAD",
            "COUNT",
            READ_COUNT,
            "BLOCK",
            blockMs,
            "STREAMS",
            this.replyKey,
            this.#lastId,
          ),
        )) as [Buffer, [Buffer, Buffer[]][]][] | null;
        backoffMs = 0;
        if (reply === null) {
          if (Date.now() - started > blockMs + STALLED_AFTER_MS) reader.disconnect(true);
          continue;
        }
        for (const [, entries] of reply) for (const [id, fields] of entries) this.#deliver(id, fields);
      } catch (error) {
        if (this.#closed) return;
        this.#onError(error);
        backoffMs = nextRetryPauseMs(backoffMs, MAX_BACKOFF_MS);
        await sleep(backoffMs);
      }
    }
  }

  #deliver(id: Buffer, fields: Buffer[]): void {
    this.#lastId = id.toString();
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i]?.toString() !== "d") continue;
      try {
        const frame = decodeReplyFrame(fields[i + 1] as Buffer);
        this.#settle(frame.requestId, { status: frame.status, headers: frame.headers, body: frame.body });
      } catch (error) {
        this.#onError(error);
      }
    }
  }
}
