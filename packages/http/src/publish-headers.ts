// The publish headers of POST /v1/streams/{stream}/messages: `Idempotency-Key` (a retry with the same key writes
// nothing and answers the same id) and `Sluice-Durability` (confirm only once a replica has the entry). Checked here
// so that a bad header is a 400 naming the header, before anything is written.
import {
  type Durability,
  InvalidInputError,
  isIdempotencyKey,
  MAX_IDEMPOTENCY_KEY_LENGTH,
} from "@sluice/streams";

const IDEMPOTENCY_KEY_HEADER = "idempotency-key";
const DURABILITY_HEADER = "sluice-durability";
/** Set to `true` on the answer to a publish whose idempotency key matched: nothing was written this time. */
export const REPLAYED_HEADER = "idempotent-replayed";

/** What the publish headers ask for; absent fields leave the stream's defaults (the producer's `settingsFor`). */
export interface PublishOptions {
  idempotencyKey?: string;
  /**
   * `true`: wait for replicas (as many and as long as the stream's durability says, else one replica, 1 s at
   * most); `false`: do not wait, whatever the stream's default.
   */
  durable?: Durability;
}

const DURABILITY: Readonly<Record<string, Durability>> = { replicated: true, none: false };

function invalidHeader(header: string, message: string, value: string): InvalidInputError {
  return new InvalidInputError("http.invalid_header", `${header} ${message}, got ${JSON.stringify(value)}`, {
    details: { header },
  });
}

/** The idempotency key and durability of a publish request (lower-case header names, as the handler has them). */
export function readPublishHeaders(headers: Record<string, string | undefined>): PublishOptions {
  const options: PublishOptions = {};
  const key = headers[IDEMPOTENCY_KEY_HEADER];
  if (key !== undefined) {
    if (!isIdempotencyKey(key)) {
      const rule = `must be 1-${MAX_IDEMPOTENCY_KEY_LENGTH} characters of A-Z a-z 0-9 . _ : @ / -`;
      throw invalidHeader("Idempotency-Key", rule, key);
    }
    options.idempotencyKey = key;
  }
  const durability = headers[DURABILITY_HEADER];
  if (durability !== undefined) {
    const value = durability.trim().toLowerCase();
    if (!Object.hasOwn(DURABILITY, value)) {
      throw invalidHeader("Sluice-Durability", 'must be "replicated" or "none"', durability);
    }
    options.durable = DURABILITY[value];
  }
  return options;
}

/**
 * The idempotency key of each entry of a batch: `<key>:<index>`, the index in the request's `entries` (so a retry
 * of the same batch with the same key maps each entry to its first outcome). Throws when the longest would be too
 * long, naming the limit for this batch size.
 */
export function batchIdempotencyKeys(key: string, count: number): string[] {
  const longest = key.length + `:${count - 1}`.length;
  if (longest > MAX_IDEMPOTENCY_KEY_LENGTH) {
    const most = MAX_IDEMPOTENCY_KEY_LENGTH - `:${count - 1}`.length;
    const rule = `must be at most ${most} characters for a batch of ${count} entries (each entry's key is <key>:<index>, at most ${MAX_IDEMPOTENCY_KEY_LENGTH})`;
    throw invalidHeader("Idempotency-Key", rule, key);
  }
  return Array.from({ length: count }, (_, index) => `${key}:${index}`);
}
