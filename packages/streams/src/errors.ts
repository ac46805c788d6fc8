/**
 * What went wrong, in terms a caller can act on; one HTTP middleware (@sluice/http) maps each kind to a status.
 * `unauthorized`: no or bad credentials; `unsupported`: a content type or format that is not accepted;
 * `timeout`: the work did not finish in the time it had; `exhausted`: a quota or rate limit of the caller's is used
 * up (HTTP 429, gRPC RESOURCE_EXHAUSTED).
 */
export const ERROR_KINDS = [
  "invalid",
  "not_found",
  "conflict",
  "forbidden",
  "unauthorized",
  "unavailable",
  "too_large",
  "unsupported",
  "timeout",
  "exhausted",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface SluiceErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

/** Base of every error Sluice packages throw: a stable `code` like `streams.invalid_name` and a `kind`. */
export class SluiceError extends Error {
  override name = "SluiceError";
  readonly code: string;
  readonly kind: ErrorKind;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: ErrorKind, code: string, message: string, options: SluiceErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.code = code;
    this.details = options.details;
  }
}

/** Bad input from the caller: a name, an entry, an option. Retrying the same call fails the same way. */
export class InvalidInputError extends SluiceError {
  override name = "InvalidInputError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("invalid", code, message, options);
  }
}

/** A payload or batch over its size limit. */
export class TooLargeError extends SluiceError {
  override name = "TooLargeError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("too_large", code, message, options);
  }
}

/** Redis cannot take the command now (connection lost, timed out, out of memory); retrying later may work. */
export class UnavailableError extends SluiceError {
  override name = "UnavailableError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("unavailable", code, message, options);
  }
}

/** The caller may not do this: its credentials lack the scope, or the stream is the platform's own. */
export class ForbiddenError extends SluiceError {
  override name = "ForbiddenError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("forbidden", code, message, options);
  }
}

/** A quota or rate limit is used up: retrying later (or after freeing something) may work. */
export class QuotaExceededError extends SluiceError {
  override name = "QuotaExceededError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("exhausted", code, message, options);
  }
}

/** The thing named does not exist (a stream, a group, a dead-lettered entry). */
export class NotFoundError extends SluiceError {
  override name = "NotFoundError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("not_found", code, message, options);
  }
}

const CONNECTION_FAILURES =
  /Connection is closed|Command aborted due to connection close|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|Command timed out|max retries per request|Stream isn't writeable|enableOfflineQueue|LOADING|CLUSTERDOWN|TRYAGAIN|MASTERDOWN|Failed to refresh slots cache|None of startup nodes is available|READONLY|UNBLOCKED|Cluster unreachable|Too many Cluster redirections/i;

/**
 * Turns what ioredis throws into a typed error: out-of-memory and connection trouble become `unavailable`
 * (safe to retry), anything already typed passes through, and the rest is returned as it is.
 */
export function toStreamsError(error: unknown): unknown {
  if (error instanceof SluiceError || !(error instanceof Error)) return error;
  if (error.message.startsWith("OOM ")) {
    return new UnavailableError("streams.out_of_memory", `Redis is out of memory: ${error.message}`, {
      cause: error,
    });
  }
  if (CONNECTION_FAILURES.test(error.message)) {
    return new UnavailableError("streams.unavailable", `Redis is unavailable: ${error.message}`, {
      cause: error,
    });
  }
  return error;
}

/** Awaits a Redis call and rethrows its failure as a typed error. */
export async function typed<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw toStreamsError(error);
  }
}
