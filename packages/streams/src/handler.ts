import type { StreamEntry } from "./envelope.ts";
import { SluiceError } from "./errors.ts";

export interface EntryFailure {
  /** Id of the entry that failed. */
  id: string;
  /** What went wrong; kept as the entry's last error and shown in its dead-letter record. */
  error?: unknown;
  /** Never retry: dead-letter at once (also implied by an error of kind `invalid`). */
  permanent?: boolean;
}

/** What a handler reports, like Lambda's `batchItemFailures`; entries not listed succeeded. */
export interface BatchResult {
  failures?: EntryFailure[];
}

export interface HandlerContext {
  stream: string;
  group: string;
  consumer: string;
  /** Aborted when the runner is stopping and this batch is past its shutdown grace. */
  signal: AbortSignal;
}

/** Processes a batch. Throwing fails the whole batch (it is then bisected, when enabled). */
export type BatchHandler = (
  entries: StreamEntry[],
  context: HandlerContext,
  // biome-ignore lint/suspicious/noConfusingVoidType: a handler with nothing to report returns nothing
) => Promise<BatchResult | void> | BatchResult | void;

const MAX_ERROR_CHARS = 2000;

export function describeError(error: unknown): string {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : error === undefined
        ? "failed"
        : String(error);
  return text.slice(0, MAX_ERROR_CHARS);
}

export function isPermanent(failure: EntryFailure): boolean {
  return (
    failure.permanent === true || (failure.error instanceof SluiceError && failure.error.kind === "invalid")
  );
}

/**
 * Runs the handler; when it throws and `bisect` is on, splits the batch in halves and tries each, down to single
 * entries, so one poison entry fails alone instead of failing its neighbours. Returns failures by id.
 */
export async function runHandler(
  handler: BatchHandler,
  entries: StreamEntry[],
  context: HandlerContext,
  bisect: boolean,
): Promise<Map<string, EntryFailure>> {
  const failures = new Map<string, EntryFailure>();
  try {
    const reported = (await handler(entries, context))?.failures ?? [];
    if (reported.length > 0) {
      // Ids that are not in this batch are ignored: they cannot be acknowledged or retried from here.
      const ids = new Set(entries.map((e) => e.id));
      for (const failure of reported) if (ids.has(failure.id)) failures.set(failure.id, failure);
    }
  } catch (error) {
    if (!bisect || entries.length === 1 || context.signal.aborted) {
      for (const entry of entries) failures.set(entry.id, { id: entry.id, error });
      return failures;
    }
    const middle = Math.ceil(entries.length / 2);
    for (const half of [entries.slice(0, middle), entries.slice(middle)]) {
      for (const [id, failure] of await runHandler(handler, half, context, bisect)) failures.set(id, failure);
    }
  }
  return failures;
}
