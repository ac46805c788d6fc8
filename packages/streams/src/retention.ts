import type { RedisClient } from "./connection.ts";
import { InvalidInputError } from "./errors.ts";
import { trimStepScript } from "./lua/trim-step-1.ts";
import { runScript } from "./lua-script.ts";
import { streamKeys } from "./names.ts";

export interface RetentionOptions {
  /** Keep at most this many entries. */
  maxLength?: number;
  /** Keep entries at most this old (by id time). */
  maxAgeMs?: number;
  /**
   * What a cap may do to entries some group has not consumed: "protect" (default) keeps them and reports how far
   * the stream is over its cap; "drop" trims them and counts exactly how many.
   */
  onUnconsumed?: "protect" | "drop";
  /**
   * Keep the entries after this id too, as if one more group had yet to read them (the incremental backup's
   * cursor, so nothing is trimmed before it is backed up). Applies to streams with groups, like the safe point.
   */
  holdAfter?: string | null;
}

export interface RetentionResult {
  /** Entries removed that every group had acknowledged (or, with no groups, that the caps removed). */
  trimmed: number;
  /** Unconsumed entries removed by a cap ("drop" only). */
  dropped: number;
  /** Entries beyond the length cap kept because a group still needs them ("protect"): trim-loss risk. */
  overCapEntries: number;
  /** How much older than the age cap the oldest kept entry is, ms (0 when within it). */
  overAgeMs: number;
  /** The oldest id any group (or the hold) still needs, or null when the stream has no groups. */
  safeMinId: string | null;
}

/** trim-step-1's reply: trimmed, dropped, over the length cap, first id, safe point, more to do (1), length. */
type TrimStep = [number, number, number, string, string, number, number];

function nonNegative(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new InvalidInputError("streams.invalid_option", `Retention ${name} must be a non-negative integer`);
  }
}

/**
 * Entries one step removes at most, by whole stream nodes (trim-step-1). Dropping 1,000,000 entries of ~100 B took
 * 500 steps of 0.15-0.35 ms (median) on a busy 2-core box; a step's fixed costs dominate, so larger steps gain
 * little. Keep it above stream-node-max-entries (100 by default), or a step trims a whole backlog exactly.
 */
const STEP_ENTRIES = 2_000;
/**
 * Entries one "drop" step reads at most where every group was delivered them, to count the pending ones: about
 * 1 ms a step (median, same box).
 */
const STEP_READS = 200;

/**
 * Trims a stream without ever removing an entry that a consumer group has not acknowledged (nor one after
 * `holdAfter`): everything below the oldest id still pending or undelivered in any group goes; caps go further only
 * with "drop". In bounded steps (trim-step-1), each atomic and each deciding afresh what is safe to remove, so a
 * big backlog never blocks Redis; it stops once a step removes nothing, or once it has removed as many entries as
 * the stream held (so producers that keep a capped stream full cannot keep it going).
 */
export async function applyRetention(
  client: RedisClient,
  stream: string,
  options: RetentionOptions = {},
): Promise<RetentionResult> {
  const keys = streamKeys(stream);
  const { maxLength = 0, maxAgeMs, onUnconsumed = "protect", holdAfter = null } = options;
  nonNegative("maxLength", maxLength);
  nonNegative("maxAgeMs", maxAgeMs);
  if (onUnconsumed !== "protect" && onUnconsumed !== "drop") {
    throw new InvalidInputError(
      "streams.invalid_option",
      'Retention onUnconsumed must be "protect" or "drop"',
    );
  }
  if (holdAfter !== null && !/^\d+-\d+$/.test(holdAfter)) {
    throw new InvalidInputError(
      "streams.invalid_option",
      `Retention holdAfter must be a stream id like 1700000000000-0, got ${JSON.stringify(holdAfter)}`,
    );
  }
  const now = Date.now();
  const ageCut = maxAgeMs === undefined ? "0-0" : `${Math.max(0, now - maxAgeMs)}-0`;
  const args = [maxLength, ageCut, onUnconsumed, holdAfter ?? "", STEP_ENTRIES, STEP_READS];
  let trimmed = 0;
  let dropped = 0;
  let lengthAtStart: number | undefined;
  for (;;) {
    const step = (await runScript(client, trimStepScript, [keys.stream], args)) as TrimStep;
    trimmed += step[0];
    dropped += step[1];
    lengthAtStart ??= step[0] + step[1] + step[6];
    if (step[5] === 1 && trimmed + dropped < lengthAtStart) continue;
    const [, , overCapEntries, firstId, safe] = step;
    const firstTime = firstId ? Number(firstId.split("-")[0]) : now;
    return {
      trimmed,
      dropped,
      overCapEntries,
      overAgeMs: maxAgeMs === undefined ? 0 : Math.max(0, now - firstTime - maxAgeMs),
      safeMinId: safe || null,
    };
  }
}
