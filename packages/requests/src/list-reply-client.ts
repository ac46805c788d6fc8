import { setTimeout as sleep } from "node:timers/promises";
import { nextRetryPauseMs, toStreamsError, typed, UnavailableError } from "@sluice/streams";
import {
  type RequestClientOptions,
  type ResolvedClientOptions,
  resolveClientOptions,
} from "./client-options.ts";
import { ReplyTimeoutError } from "./errors.ts";
import { decodeReplyFrame } from "./frame.ts";
import { replyListKey } from "./request-keys.ts";
import { type PreparedRequest, RequestSender } from "./request-sender.ts";
import type { Reply, RequestClient, RequestOptions } from "./types.ts";

/** Beyond the BLPOP timeout, how late an empty reply may come before the reader counts as stalled. */
const STALLED_AFTER_MS = 1500;
/** While Redis fails, the pause before waiting again doubles from the first to the last. */
const MAX_RETRY_PAUSE_MS = 1000;

type ListReply = [Buffer, Buffer];

/**
 * For a Lambda ingress: each request names its own reply list (`sluice:reply:{<request id>}`) and waits on it
 * with one BLPOP until the deadline, on the reader connection. One invocation serves one request, so the
 * connection is never shared; concurrent calls on one client are sent at once but wait on the reader in turn (a
 * blocked connection serves no one else; replies keep in their lists meanwhile), each within its own deadline.
 * For many concurrent requests use `StreamReplyClient`.
 */
export class ListReplyClient implements RequestClient {
  readonly #options: ResolvedClientOptions;
  readonly #sender: RequestSender;
  #turn: Promise<unknown> = Promise.resolve();

  constructor(options: RequestClientOptions) {
    this.#options = resolveClientOptions(options);
    this.#sender = new RequestSender(this.#options);
  }

  async request(route: string, options: RequestOptions = {}): Promise<Reply> {
    const prepared = this.#sender.prepare(route, options, replyListKey);
    const started = Date.now();
    await this.#sender.send(prepared, options);
    const wait = this.#turn.then(() => this.#await(prepared));
    this.#turn = wait.catch(() => {});
    const { reply, failure } = await wait;
    if (reply === null) {
      throw new ReplyTimeoutError(route, prepared.requestId, Date.now() - started, { cause: failure });
    }
    const frame = decodeReplyFrame(reply[1]);
    return { status: frame.status, headers: frame.headers, body: frame.body };
  }

  /**
   * The reply, or null at the deadline. Redis failing meanwhile (a failover ending the BLPOP with UNBLOCKED, a lost
   * connection, READONLY) does not end the wait: the reply may still come, so it waits again until the deadline and
   * reports the last failure with the timeout.
   */
  async #await(prepared: PreparedRequest): Promise<{ reply: ListReply | null; failure?: unknown }> {
    const { client, reader } = this.#options;
    let failure: unknown;
    let pauseMs = 0;
    for (;;) {
      const remaining = prepared.deadline - Date.now();
      try {
        // Its deadline passed while it waited its turn or Redis failed: the reply may have come; look once.
        if (remaining <= 0) {
          const late = await typed(client.lpopBuffer(prepared.replyKey));
          return { reply: late === null ? null : [Buffer.from(prepared.replyKey), late], failure };
        }
        const reply = await typed(reader.blpopBuffer(prepared.replyKey, Math.max(0.001, remaining / 1000)));
        // No answer from Redis past the timeout plus grace: a silent connection. Reconnect rather than reuse it.
        if (reply === null && Date.now() - prepared.deadline > STALLED_AFTER_MS) reader.disconnect(true);
        return { reply, failure };
      } catch (error) {
        if (!(toStreamsError(error) instanceof UnavailableError)) throw error;
        if (remaining <= 0) return { reply: null, failure: error };
        failure = error;
        pauseMs = nextRetryPauseMs(pauseMs, MAX_RETRY_PAUSE_MS);
        await sleep(Math.min(pauseMs, Math.max(0, prepared.deadline - Date.now())));
      }
    }
  }

  /** Nothing to release: the connections are the caller's. */
  async close(): Promise<void> {}
}
