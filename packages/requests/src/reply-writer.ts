import type { RedisClient } from "@sluice/streams";
import { runScript } from "@sluice/streams";
import { encodeReplyFrame } from "./frame.ts";
import { replyScript } from "./lua/reply-2.ts";
import { replyGuardKey, replyKeyKind } from "./request-keys.ts";

export interface ReplyTarget {
  replyKey: string;
  requestId: string;
  /** The request's deadline, epoch ms: TTLs are derived from it. */
  deadline: number;
}

export interface ReplyWriterOptions {
  /** A reply list lives this long past the deadline, for a reader that is just late (default 5000 ms). */
  listGraceMs?: number;
  /**
   * The guard outlives the deadline by this much (default 10000 ms). Workers skip a request once its deadline has
   * passed, so the guard only has to cover clock skew between hosts.
   */
  guardGraceMs?: number;
  /** Approximate cap of a reply stream, in case its reader stalls (default 10000). */
  replyStreamMaxLength?: number;
}

export type ReplyOutcome = "sent" | "duplicate" | "gone";

const DEFAULTS = { listGraceMs: 5000, guardGraceMs: 10_000, replyStreamMaxLength: 10_000 };

/**
 * Writes a reply to the key the request named, at most once per request id (see `lua/reply-2.ts`). Rejects with
 * `UnavailableError` when Redis cannot take it: nothing was written then, so a retry is safe.
 */
export async function writeReply(
  client: RedisClient,
  target: ReplyTarget,
  reply: { status: number; headers: Record<string, string>; body: Buffer },
  options: ReplyWriterOptions = {},
): Promise<ReplyOutcome> {
  const { listGraceMs, guardGraceMs, replyStreamMaxLength } = { ...DEFAULTS, ...options };
  const kind = replyKeyKind(target.replyKey);
  if (kind === undefined) throw new Error(`not a reply key: ${target.replyKey}`);
  const untilDeadline = Math.max(0, target.deadline - Date.now());
  const frame = encodeReplyFrame(target.requestId, reply.status, reply.headers, reply.body);
  const result = await runScript(
    client,
    replyScript,
    [target.replyKey, replyGuardKey(target.replyKey, target.requestId)],
    [
      kind === "list" ? "l" : "s",
      frame,
      untilDeadline + guardGraceMs,
      kind === "list" ? untilDeadline + listGraceMs : replyStreamMaxLength,
    ],
  );
  return result === 1 ? "sent" : result === 0 ? "duplicate" : "gone";
}
