import type { RedisClient } from "./connection.ts";
import { typed } from "./errors.ts";
import type { StreamKeys } from "./names.ts";

/**
 * Creates the consumer group (and the stream, MKSTREAM) unless it exists. `startId` "0" delivers the stream's
 * history to a new group, "$" only what comes next.
 */
export async function ensureGroup(
  client: RedisClient,
  keys: StreamKeys,
  group: string,
  startId: "0" | "$" = "0",
): Promise<void> {
  try {
    await client.xgroup("CREATE", keys.stream, group, startId, "MKSTREAM");
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("BUSYGROUP")) return;
    await typed(Promise.reject(error));
  }
}

export function isNoGroupError(error: unknown): boolean {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error && cause.message.startsWith("NOGROUP");
}
