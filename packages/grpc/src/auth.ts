// Bearer token authentication for every call except the health service, as a grpc-js server interceptor.
import { createHash, timingSafeEqual } from "node:crypto";
import {
  Metadata,
  ResponderBuilder,
  ServerInterceptingCall,
  type ServerInterceptor,
  ServerListenerBuilder,
  status,
} from "@grpc/grpc-js";
import { ERROR_CODE_KEY } from "./status.ts";

/** Health checks come from load balancers, which send no token. */
const PUBLIC_PREFIX = "/grpc.health.v1.Health/";

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant time in the token's content: every configured token is compared, by fixed-length digests. */
function knownToken(given: string, tokens: readonly Buffer[]): boolean {
  const candidate = digest(given);
  let found = false;
  for (const token of tokens) found = timingSafeEqual(candidate, token) || found;
  return found;
}

/** Why the call's metadata does not authenticate it, or undefined when it does. */
function rejection(
  metadata: Metadata,
  tokens: readonly Buffer[],
): { code: string; message: string } | undefined {
  const header = metadata.get("authorization")[0];
  const match = typeof header === "string" ? /^Bearer ([^\s]+)$/i.exec(header.trim()) : null;
  if (!match?.[1]) {
    return {
      code: "grpc.missing_token",
      message: "Missing bearer token: send metadata authorization: Bearer <token>",
    };
  }
  return knownToken(match[1], tokens)
    ? undefined
    : { code: "grpc.invalid_token", message: "Invalid bearer token" };
}

/** Answers UNAUTHENTICATED (with `sluice-error-code`) unless `authorization: Bearer <token>` names a known token. */
export function bearerTokenAuth(tokens: readonly string[]): ServerInterceptor {
  const digests = tokens.map(digest);
  return (method, call) => {
    if (method.path.startsWith(PUBLIC_PREFIX)) return new ServerInterceptingCall(call);
    const listener = new ServerListenerBuilder()
      .withOnReceiveMetadata((metadata, next) => {
        const rejected = rejection(metadata, digests);
        if (!rejected) return next(metadata);
        const trailers = new Metadata();
        trailers.set(ERROR_CODE_KEY, rejected.code);
        call.sendStatus({ code: status.UNAUTHENTICATED, details: rejected.message, metadata: trailers });
      })
      .build();
    return new ServerInterceptingCall(
      call,
      new ResponderBuilder().withStart((next) => next(listener)).build(),
    );
  };
}
