// The one mapping from Sluice error kinds to gRPC status codes, with the Sluice error code in the trailing metadata.
import { Metadata, type StatusObject, status } from "@grpc/grpc-js";
import {
  type ErrorKind,
  type LogWriter,
  SluiceError,
  type SluiceErrorOptions,
  toStreamsError,
} from "@sluice/streams";

/** Trailing metadata key carrying the stable Sluice error code (`streams.invalid_name`, `grpc.unauthenticated`…). */
export const ERROR_CODE_KEY = "sluice-error-code";
/** Trailing metadata key carrying the id of an entry written despite the error (`streams.not_replicated`). */
export const ENTRY_ID_KEY = "sluice-entry-id";
/** A durable publish written but not confirmed by a replica in time: the entry exists, its id is passed on. */
export const NOT_REPLICATED = "streams.not_replicated";

/** The id of the entry a typed error says was written all the same, if any. */
export function writtenEntryId(error: unknown): string | undefined {
  if (!(error instanceof SluiceError) || error.code !== NOT_REPLICATED) return undefined;
  const id = error.details?.id;
  return typeof id === "string" ? id : undefined;
}

/**
 * `conflict` is FAILED_PRECONDITION: Sluice's conflicts are resources in use (a state to resolve before retrying),
 * never "already exists" (registration is idempotent). `unsupported` (a format not accepted) is INVALID_ARGUMENT.
 */
export const GRPC_STATUS_OF_KIND: Readonly<Record<ErrorKind, status>> = {
  invalid: status.INVALID_ARGUMENT,
  not_found: status.NOT_FOUND,
  conflict: status.FAILED_PRECONDITION,
  forbidden: status.PERMISSION_DENIED,
  unauthorized: status.UNAUTHENTICATED,
  unavailable: status.UNAVAILABLE,
  too_large: status.RESOURCE_EXHAUSTED,
  unsupported: status.INVALID_ARGUMENT,
  timeout: status.DEADLINE_EXCEEDED,
  exhausted: status.RESOURCE_EXHAUSTED,
};

/** Server-side failures caused by Redis or a library get a fixed message: what those said stays in the logs. */
const PUBLIC_MESSAGE: Partial<Record<ErrorKind, string>> = {
  unavailable: "Redis is unavailable: retry later",
  timeout: "The request did not finish in time",
};

const NOT_REPLICATED_MESSAGE =
  "The event was written but is not yet replicated: retry with the same idempotency key to confirm it";

function callerMessage(error: SluiceError): string {
  if (writtenEntryId(error) !== undefined) return NOT_REPLICATED_MESSAGE;
  return (error.cause !== undefined && PUBLIC_MESSAGE[error.kind]) || error.message;
}

export const INTERNAL_ERROR = { code: "grpc.internal", message: "Internal error" } as const;

export type { LogWriter };

/** Missing or wrong bearer token. */
export class UnauthenticatedError extends SluiceError {
  override name = "UnauthenticatedError";
  constructor(code: string, message: string, options?: SluiceErrorOptions) {
    super("unauthorized", code, message, options);
  }
}

function isTyped(error: unknown): error is SluiceError {
  return error instanceof SluiceError && Object.hasOwn(GRPC_STATUS_OF_KIND, error.kind);
}

/**
 * `{ code, message }` for callers (an `Error` message or a status). A Redis failure that escaped untyped is typed
 * first (a transient one is `unavailable`); unknown errors are logged and made generic.
 */
export function publicError(
  thrown: unknown,
  log: LogWriter,
  context: object = {},
): { code: string; message: string } {
  const error = toStreamsError(thrown);
  if (!isTyped(error)) {
    log(
      JSON.stringify({
        level: "error",
        msg: "grpc handler failed",
        ...context,
        error: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      }),
    );
    return INTERNAL_ERROR;
  }
  return { code: error.code, message: callerMessage(error) };
}

/** The status a call ends with for a thrown value; the Sluice code travels as `sluice-error-code`. */
export function toStatus(thrown: unknown, log: LogWriter, context: object = {}): StatusObject {
  const error = toStreamsError(thrown);
  const { code, message } = publicError(error, log, context);
  const metadata = new Metadata();
  metadata.set(ERROR_CODE_KEY, code);
  const written = writtenEntryId(error);
  if (written !== undefined) metadata.set(ENTRY_ID_KEY, written);
  return {
    code: isTyped(error) ? GRPC_STATUS_OF_KIND[error.kind] : status.INTERNAL,
    details: message,
    metadata,
  };
}
