import { InvalidInputError } from "./errors.ts";

/** Stream names as users write them: `events`, `bsky.likes`, `cam-7_frames`. */
export const STREAM_NAME = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const GROUP_OR_CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;

export function assertStreamName(name: string): void {
  if (typeof name !== "string" || !STREAM_NAME.test(name)) {
    throw new InvalidInputError(
      "streams.invalid_name",
      `Invalid stream name ${JSON.stringify(name)}: use 1-100 characters a-z 0-9 . _ -, starting with a letter or digit`,
      { details: { name } },
    );
  }
}

export function assertGroupName(kind: "group" | "consumer", name: string): void {
  if (typeof name !== "string" || !GROUP_OR_CONSUMER_NAME.test(name)) {
    throw new InvalidInputError(
      `streams.invalid_${kind}_name`,
      `Invalid ${kind} name ${JSON.stringify(name)}: use 1-200 characters A-Z a-z 0-9 . _ : @ / -`,
      { details: { name } },
    );
  }
}

/**
 * Every Redis key of one stream, built in one place. All carry the hash tag `{<name>}`, so a Lua script over
 * a stream and its helpers touches one cluster slot.
 */
export interface StreamKeys {
  readonly name: string;
  /** The stream itself. */
  readonly stream: string;
  /** Its dead-letter stream. */
  readonly dlq: string;
  /** Hash of the last handler error per pending entry id, per group (read when an entry is dead-lettered). */
  errors(group: string): string;
  /** Lock held by the one run of a batch writer of a group (the lake writer), so runs never overlap. */
  lock(group: string): string;
  /** The id range a batch writer of a group is writing but has not committed yet (the lake writer's segment). */
  segment(group: string): string;
  /** What the last run of a batch writer of a group that committed anything left on record (its manifest's key). */
  run(group: string): string;
  /** The id of the entry written with an idempotency key, kept for the idempotency window. */
  idempotency(key: string): string;
  /** Hash of when the stream monitor last saw each group read (stale-groups.ts), field = group. */
  readonly groupActivity: string;
}

export function streamKeys(name: string): StreamKeys {
  assertStreamName(name);
  const stream = `sluice:{${name}}`;
  return {
    name,
    stream,
    dlq: `${stream}:dlq`,
    errors: (group) => `${stream}:errors:${group}`,
    lock: (group) => `${stream}:lock:${group}`,
    segment: (group) => `${stream}:segment:${group}`,
    run: (group) => `${stream}:run:${group}`,
    idempotency: (key) => `${stream}:idem:${key}`,
    groupActivity: `${stream}:group-activity`,
  };
}

/**
 * The stream name inside a stream key or dead-letter key built by `streamKeys` (`sluice:{orders}`,
 * `sluice:{orders}:dlq` → `orders`); undefined for helper keys and keys that are not Sluice's.
 */
export function streamNameOfKey(key: string): string | undefined {
  const match = /^sluice:\{([^}]+)\}(?::dlq)?$/.exec(key);
  return match?.[1] !== undefined && STREAM_NAME.test(match[1]) ? match[1] : undefined;
}
