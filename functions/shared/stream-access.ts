// The stream catalog (functions/config/stream-table.ts) applied: what a producer enforces for a stream
// (producerPolicy, the Producer's `settingsFor`) and what a front door checks before doing an operation on a stream
// for a caller (authorizeStream). Every producer and both front doors use these two, so they cannot disagree.
import {
  allows,
  type Caller,
  ForbiddenError,
  NotFoundError,
  type Operation,
  requireScope,
  type StreamPolicy,
} from "@sluice/streams";
import { STREAM_TABLE, type StreamEntry, streamEntry } from "../config/stream-table.ts";

/** A stream's catalog entry as the Producer applies it; undefined for an undeclared stream (the Producer's 404). */
export function producerPolicy(
  stream: string,
  table: readonly StreamEntry[] = STREAM_TABLE,
): StreamPolicy | undefined {
  const entry = streamEntry(stream, table);
  if (entry === undefined) return undefined;
  return {
    durable: entry.durable,
    idempotencyWindowMs: entry.idempotencyWindowMs,
    maxEntryBytes: entry.maxEntryBytes,
    ...(entry.contentTypes !== "*" && { contentTypes: entry.contentTypes }),
    ...(entry.writer !== "callers" && { reservedTo: entry.writer.platform }),
    ...(entry.maxStreams !== undefined && { quota: { pattern: entry.stream, maxStreams: entry.maxStreams } }),
  };
}

/** Whether the caller may do an operation on a stream directly: authorizeStream would pass (GET /v1/streams lists these). */
export function mayAccess(
  caller: Caller,
  operation: Operation,
  stream: string,
  table: readonly StreamEntry[] = STREAM_TABLE,
): boolean {
  const entry = streamEntry(stream, table);
  return entry?.callers.includes(operation) === true && allows(caller.scopes, operation, stream);
}

/**
 * Throws unless the caller may do an operation on a stream directly (not through a platform path): a stream no
 * entry declares is not found, an operation the entry keeps for the platform is forbidden (`auth.platform_stream`),
 * and so is one the caller's scopes do not allow (`auth.missing_scope`).
 */
export function authorizeStream(
  caller: Caller,
  operation: Operation,
  stream: string,
  table: readonly StreamEntry[] = STREAM_TABLE,
): void {
  const entry = streamEntry(stream, table);
  if (entry !== undefined && !entry.callers.includes(operation)) {
    const through =
      operation === "publish" && entry.writer !== "callers" ? `: use ${entry.writer.platform}` : "";
    throw new ForbiddenError(
      "auth.platform_stream",
      `Stream ${stream} is the platform's: callers may not ${operation} it${through}`,
      { details: { stream, operation } },
    );
  }
  requireScope(caller, operation, stream);
  if (entry === undefined) {
    throw new NotFoundError(
      "streams.undeclared_stream",
      `Stream ${stream} is not declared in the stream catalog`,
      {
        details: { stream },
      },
    );
  }
}
