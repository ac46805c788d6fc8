import { type ErrorKind, SluiceError, type SluiceErrorOptions, toStreamsError } from "@sluice/streams";

/** The one mapping from error kind to HTTP status. */
export const HTTP_STATUS_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  exhausted: 429,
  unsupported: 415,
  unavailable: 503,
  timeout: 504,
};

/** Messages of server-side failures are fixed: what Redis or a library said stays in the logs. */
const PUBLIC_MESSAGE: Partial<Record<ErrorKind, string>> = {
  unavailable: "The service is temporarily unavailable: retry later",
  timeout: "The request did not finish in time",
};

/** A publish that was written but whose replication WAIT timed out: a 503 whose message and id the caller needs. */
export const NOT_REPLICATED = "streams.not_replicated";

/** The entry was written despite the error (only its replication is unconfirmed): a retry must reuse its key. */
export function wasWritten(error: unknown): boolean {
  return error instanceof SluiceError && error.code === NOT_REPLICATED;
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: string;
  message: string;
  details?: Record<string, unknown>;
}

/** Missing or wrong credentials (401). */
export class UnauthorizedError extends SluiceError {
  override name = "UnauthorizedError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("unauthorized", code, message, options);
  }
}

/** A body in a content type the route does not take (415). */
export class UnsupportedMediaTypeError extends SluiceError {
  override name = "UnsupportedMediaTypeError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("unsupported", code, message, options);
  }
}

/**
 * The route handler ran out of its Lambda's time (504): thrown just before the Lambda would be killed, so the caller
 * gets an answer instead of API Gateway's bare integration timeout.
 */
export class HandlerTimeoutError extends SluiceError {
  override name = "HandlerTimeoutError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("timeout", code, message, options);
  }
}

/** An error the caller may read: a typed error with a known kind. */
export function isTypedError(error: unknown): error is SluiceError {
  return error instanceof SluiceError && Object.hasOwn(HTTP_STATUS_OF_KIND, error.kind);
}

/**
 * `{ error, message, details? }` of a typed error; details and messages only below 500. An entry written but not yet
 * replicated gets a fixed message and its id, so the caller knows what was written.
 */
export function errorBody(error: SluiceError): ErrorBody {
  if (wasWritten(error)) {
    const message =
      "The entry was written but is not yet replicated: retry with the same Idempotency-Key to confirm it";
    return { error: error.code, message, details: { id: error.details?.id } };
  }
  const exposed = HTTP_STATUS_OF_KIND[error.kind] < 500;
  return {
    error: error.code,
    message: exposed ? error.message : (PUBLIC_MESSAGE[error.kind] ?? "Internal server error"),
    ...(exposed && error.details !== undefined && { details: error.details }),
  };
}

export const INTERNAL_ERROR: ErrorBody = { error: "http.internal", message: "Internal server error" };

export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

/**
 * Status, body and headers for any thrown value. A Redis failure that escaped untyped (an ioredis error a route did
 * not wrap) is typed here, so a transient one (connection lost, timed out, READONLY, UNBLOCKED, CLUSTERDOWN…) is a
 * 503 like any other; only unknown errors become a generic 500.
 */
export function errorResponse(thrown: unknown): ErrorResponse {
  const error = toStreamsError(thrown);
  if (!isTypedError(error)) return { status: 500, body: INTERNAL_ERROR, headers: {} };
  const status = HTTP_STATUS_OF_KIND[error.kind];
  const retryAfter = Number(error.details?.retryAfterSeconds ?? 1);
  return {
    status,
    body: errorBody(error),
    // A 503 always says when to retry; a 429 when it knows (a rate limit does, a quota of streams does not reset).
    headers:
      status === 503 || (status === 429 && error.details?.retryAfterSeconds !== undefined)
        ? { "retry-after": String(Math.max(1, Math.ceil(retryAfter))) }
        : {},
  };
}
