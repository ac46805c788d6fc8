import { typed } from "@sluice/streams";
import {
  type RequestClientOptions,
  type ResolvedClientOptions,
  resolveClientOptions,
} from "./client-options.ts";
import { ReplyTimeoutError } from "./errors.ts";
import { decodeReplyFrame } from "./frame.ts";
import { replyListKey } from "./request-keys.ts";
import { RequestSender } from "./request-sender.ts";
import type { Reply, RequestClient, RequestOptions } from "./types.ts";

/** Beyond the BLPOP timeout, how late an empty reply may come before the reader counts as stalled. */
const STALLED_AFTER_MS = 1500;

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
    const wait = this.#turn.then(async () => {
      const remaining = prepared.deadline - Date.now();
      // Its deadline passed while it waited its turn: the reply may still have come; look once, without blocking.
      if (remaining <= 0) {
        const late = await typed(this.#options.client.lpopBuffer(prepared.replyKey));
        return late === null ? null : ([Buffer.from(prepared.replyKey), late] as [Buffer, Buffer]);
      }
      const reply = await typed(
        this.#options.reader.blpopBuffer(prepared.replyKey, Math.max(0.001, remaining / 1000)),
      );
      // No answer from Redis past the timeout plus grace: a silent connection. Reconnect rather than reuse it.
      if (reply === null && Date.now() - prepared.deadline > STALLED_AFTER_MS)
        this.#options.reader.disconnect(true);
      return reply;
    });
    this.#turn = wait.catch(() => {});
    const reply = await wait;
    if (reply === null) throw new ReplyTimeoutError(route, prepared.requestId, Date.now() - started);
    const frame = decodeReplyFrame(reply[1]);
    return { status: frame.status, headers: frame.headers, body: frame.body };
  }

  /** Nothing to release: the connections are the caller's. */
  async close(): Promise<void> {}
}
