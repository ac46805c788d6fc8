// Who is calling, read from the event API Gateway (HTTP API, payload 2.0) hands the Lambda after its authorizer let
// the request through, one model for the cloud and the local server (which builds the same event from its token
// table): the handlers authorize on the Caller's scopes (Caller and scopes of @sluice/streams).
// - jwt: `requestContext.authorizer.jwt.claims`; the scopes from `scope` (space-separated, OAuth 2) or `scp` (a list,
//   as Okta and Entra ID send it; API Gateway hands a list claim over as `[a b]`); the name from `sub`, else
//   `client_id`. A scope may carry the resource-server prefix `sluice/` (Cognito names a custom scope
//   `<resource server>/<scope>`); scopes that are not Sluice's (`openid`, `email`, another resource server's) are
//   ignored, not refused.
// - iam: `requestContext.authorizer.iam`, the SigV4-signed principal. IAM already allowed this method and path (the
//   route's resource ARN, docs/http-api.md), so within the route the principal may do every operation: the stream
//   catalog's platform reservations still hold.
// - none: no authorizer (a throwaway stage under load, or SLUICE_API_AUTH=none locally): one anonymous caller that
//   may do everything the catalog lets callers do.
import { type Caller, parseScope, type Scope } from "@sluice/streams";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { UnauthorizedError } from "./errors.ts";
import { SCOPE_PREFIX } from "./scope-prefix.ts";

export const AUTH_MODES = ["jwt", "iam", "none"] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

const EVERYTHING: readonly Scope[] = [parseScope("*")];

type Claims = Record<string, string | number | boolean | string[]>;

interface Authorizer {
  jwt?: { claims?: Claims };
  iam?: { userArn?: string };
}

/** The texts of a claim that holds a list: an array, `a b c`, or API Gateway's flattened `[a b c]`. */
function claimList(value: Claims[string] | undefined): string[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== "string") return [];
  return value
    .replace(/^\[(.*)\]$/s, "$1")
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** The Sluice scopes among a token's scope texts; others are ignored. */
export function scopesOfClaims(claims: Claims): Scope[] {
  const texts = [...claimList(claims.scope), ...claimList(claims.scp)];
  return texts.flatMap((text) => {
    const bare = text.startsWith(SCOPE_PREFIX) ? text.slice(SCOPE_PREFIX.length) : text;
    try {
      return [parseScope(bare)];
    } catch {
      return [];
    }
  });
}

function unauthorized(message: string): UnauthorizedError {
  return new UnauthorizedError("http.unauthorized", message);
}

/**
 * The caller of a request in an auth mode; throws UnauthorizedError (401) when the event carries no identity of that
 * mode (an API Gateway route without its authorizer, or a local server without a token table).
 */
export function callerOf(event: APIGatewayProxyEventV2, mode: AuthMode): Caller {
  if (mode === "none") return { name: "anonymous", scopes: EVERYTHING };
  const authorizer = (event.requestContext as { authorizer?: Authorizer }).authorizer;
  if (mode === "iam") {
    const name = authorizer?.iam?.userArn;
    if (!name) throw unauthorized("The request carries no IAM principal: sign it with SigV4");
    return { name, scopes: EVERYTHING };
  }
  const claims = authorizer?.jwt?.claims;
  if (claims === undefined) {
    throw unauthorized("The request carries no token: send Authorization: Bearer <token>");
  }
  const name = [claims.sub, claims.client_id].find((value) => typeof value === "string" && value !== "");
  if (typeof name !== "string") throw unauthorized("The token names no subject (sub or client_id)");
  return { name, scopes: scopesOfClaims(claims) };
}

/** The text of a scope, as parseScope reads it back (`*`, `publish:*`, `read:orders`). */
export function scopeText({ operation, streams }: Scope): string {
  return operation === "*" && streams === "*" ? "*" : `${operation}:${streams}`;
}
