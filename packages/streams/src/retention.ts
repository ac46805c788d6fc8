import type { RedisClient } from "./connection.ts";
import { InvalidInputError } from "./errors.ts";
import { trimScript } from "./lua/trim-2.ts";
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

function nonNegative(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new InvalidInputError("streams.invalid_option", `Retention ${name} must be a non-negative integer`);
  }
}

/**
 * Trims a stream without ever removing an entry that a consumer group has not acknowledged (nor one after
 * `holdAfter`): everything below the oldest id still pending or undelivered in any group goes; caps go further only
 * with "drop". Atomic.
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
  const [trimmed, dropped, overCapEntries, firstId, safe] = (await runScript(
    client,
    trimScript,
    [keys.stream],
    [maxLength, ageCut, onUnconsumed, holdAfter ?? ""],
  )) as [number, number, number, string, string];
  const firstTime = firstId ? Number(firstId.split("-")[0]) : now;
  return {
    trimmed,
    dropped,
    overCapEntries,
    overAgeMs: maxAgeMs === undefined ? 0 : Math.max(0, now - firstTime - maxAgeMs),
    safeMinId: safe || null,
  };
}
