// Authentication of every call but the health service, as a grpc-js server interceptor: the bearer token of the
// call's metadata is looked up in the token → scopes table, and the Caller it stands for is kept beside the call's
// metadata, where each method reads it (callerOf) to authorize what it does. A call without a known token ends
// UNAUTHENTICATED before any method runs; a method that finds no Caller fails closed the same way.
import {
  Metadata,
  ResponderBuilder,
  ServerInterceptingCall,
  type ServerInterceptor,
  ServerListenerBuilder,
  status,
} from "@grpc/grpc-js";
import { bearerToken, type Caller, parseScope, type TokenTable } from "@sluice/streams";
import { ERROR_CODE_KEY, UnauthenticatedError } from "./status.ts";

/** Health checks come from load balancers, which send no token. */
const PUBLIC_PREFIX = "/grpc.health.v1.Health/";

/**
 * Who a server without a token table (`allowUnauthenticated`, local only) takes every call for: every scope. Its
 * consumers are all named after it, so Acknowledge cannot tell its callers apart either.
 */
export const UNAUTHENTICATED_CALLER: Caller = { name: "unauthenticated", scopes: [parseScope("*")] };

/**
 * The Caller of each authenticated call, by the metadata object grpc-js hands the interceptor's `next` on to the
 * method (the same object): weakly, so it goes with the call.
 */
const callers = new WeakMap<Metadata, Caller>();

/** The Caller the interceptor authenticated for a call's metadata; throws UNAUTHENTICATED when there is none. */
export function callerOf(metadata: Metadata): Caller {
  const caller = callers.get(metadata);
  if (caller === undefined) {
    throw new UnauthenticatedError("grpc.missing_token", "The call was not authenticated");
  }
  return caller;
}

/** The Caller a call's metadata authenticates, or why it does not. */
function authenticate(
  metadata: Metadata,
  table: TokenTable | undefined,
): Caller | { code: string; message: string } {
  if (table === undefined) return UNAUTHENTICATED_CALLER;
  const token = bearerToken(metadata.get("authorization")[0]);
  if (token === undefined) {
    return {
      code: "grpc.missing_token",
      message: "Missing bearer token: send metadata authorization: Bearer <token>",
    };
  }
  return table.lookup(token) ?? { code: "grpc.invalid_token", message: "Invalid bearer token" };
}

/**
 * Answers UNAUTHENTICATED (with `sluice-error-code`) unless `authorization: Bearer <token>` names a token of the
 * table; without a table (`undefined`) every call is UNAUTHENTICATED_CALLER's.
 */
export function bearerTokenAuth(table: TokenTable | undefined): ServerInterceptor {
  return (method, call) => {
    if (method.path.startsWith(PUBLIC_PREFIX)) return new ServerInterceptingCall(call);
    const listener = new ServerListenerBuilder()
      .withOnReceiveMetadata((metadata, next) => {
        const caller = authenticate(metadata, table);
        if ("scopes" in caller) {
          callers.set(metadata, caller);
          return next(metadata);
        }
        const trailers = new Metadata();
        trailers.set(ERROR_CODE_KEY, caller.code);
        call.sendStatus({ code: status.UNAUTHENTICATED, details: caller.message, metadata: trailers });
      })
      .build();
    return new ServerInterceptingCall(
      call,
      new ResponderBuilder().withStart((next) => next(listener)).build(),
    );
  };
}
