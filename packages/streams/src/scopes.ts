// Scopes: what a caller's credentials allow, one model for every front door (HTTP and gRPC, tokens and JWTs).
// A scope is `<operation>:<streams>` (`publish:orders`, `read:frames.*`), `<operation>` alone for every stream, or `*`
// for every operation on every stream. Streams are an exact name, `*`, or a prefix ending at a `.`, `-` or `_` and
// then `*` (`orders.*`, `cam-*`): a prefix at a separator, so the scopes that cover a given stream are few and can be
// listed (API Gateway checks a route's scopes as a list: infra/api.ts).
import { ForbiddenError, InvalidInputError } from "./errors.ts";
import { STREAM_NAME } from "./names.ts";

export const OPERATIONS = ["publish", "read", "ack", "redrive", "admin"] as const;
/**
 * publish: append entries (and send requests, ingest frames); read: subscribe, read entries and figures; ack:
 * acknowledge entries of one's own subscriptions; redrive: move dead letters back; admin: register streams and
 * groups, change consumption policies, read the audit log.
 */
export type Operation = (typeof OPERATIONS)[number];

export interface Scope {
  operation: Operation | "*";
  /** `*`, an exact stream name, or a prefix ending at a separator followed by `*`. */
  streams: string;
}

/** Who is calling, as the front door authenticated it: a name for logs and the audit log, and its scopes. */
export interface Caller {
  /** The token's name, the JWT's subject, or the IAM principal. */
  name: string;
  scopes: readonly Scope[];
}

const PATTERN = /^(\*|[a-z0-9][a-z0-9._-]{0,98}[._-]\*)$/;

function isOperation(value: string): value is Operation {
  return (OPERATIONS as readonly string[]).includes(value);
}

/** Parses one scope; throws InvalidInputError (`auth.invalid_scope`) saying what is wrong. */
export function parseScope(text: string): Scope {
  if (text === "*") return { operation: "*", streams: "*" };
  const [operation = "", streams = "*", ...rest] = text.split(":");
  if (!isOperation(operation) || rest.length > 0 || !(STREAM_NAME.test(streams) || PATTERN.test(streams))) {
    throw new InvalidInputError(
      "auth.invalid_scope",
      `Invalid scope ${JSON.stringify(text)}: use * or <operation>[:<streams>] with an operation of ` +
        `${OPERATIONS.join(", ")} and streams an exact name, * or a prefix ending in . - or _ then *`,
      { details: { scope: text } },
    );
  }
  return { operation, streams };
}

/** Whether a scope's streams cover a stream name. */
function covers(streams: string, stream: string): boolean {
  if (streams === "*" || streams === stream) return true;
  return streams.endsWith("*") && stream.startsWith(streams.slice(0, -1));
}

export function allows(scopes: readonly Scope[], operation: Operation, stream: string): boolean {
  return scopes.some(
    (scope) => (scope.operation === "*" || scope.operation === operation) && covers(scope.streams, stream),
  );
}

/**
 * Every scope text that allows an operation on a stream: `*`, `<operation>`, `<operation>:*`, each separator prefix
 * of the name with `*`, and the name itself. For checks that take a list, like API Gateway's route scopes.
 */
export function scopesAllowing(operation: Operation, stream: string): string[] {
  const prefixes = [...stream.matchAll(/[._-]/g)].map(
    (match) => `${stream.slice(0, (match.index ?? 0) + 1)}*`,
  );
  return [
    "*",
    operation,
    `${operation}:*`,
    ...prefixes.map((prefix) => `${operation}:${prefix}`),
    `${operation}:${stream}`,
  ];
}

/** Throws ForbiddenError (`auth.missing_scope`) unless the caller's scopes allow the operation on the stream. */
export function requireScope(caller: Caller, operation: Operation, stream: string): void {
  if (allows(caller.scopes, operation, stream)) return;
  throw new ForbiddenError(
    "auth.missing_scope",
    `${caller.name} may not ${operation} stream ${stream}: its credentials need scope ${operation}:${stream} ` +
      `(or a pattern covering it)`,
    { details: { caller: caller.name, operation, stream } },
  );
}
