// The HTTP API's settings (functions/shared/http-route.ts, npm start's local server), which need no Redis:
// SLUICE_API_AUTH (how the handlers learn the caller: `jwt`, the default, `iam` or `none`; infra/api.ts sets it from
// the stage's apiAuth), the token table of the local server (SLUICE_TOKENS or SLUICE_TOKENS_FILE, config/tokens.ts),
// SLUICE_API_RATE_PER_SECOND and SLUICE_API_RATE_BURST (each caller's request rate, default 100/s with bursts of 200;
// `off` only when asked), SLUICE_CORS_ORIGINS (comma-separated origins or `*`; default none),
// SLUICE_HTTP_MAX_BODY_BYTES (default 6291456, Lambda's request limit) and SLUICE_HTTP_PORT (default 3000).
import { AUTH_MODES, type AuthMode } from "@sluice/http";
import type { RateLimit, TokenTable } from "@sluice/streams";
import { type Environment, invalid, list, oneOf, port, positiveInteger, text } from "./env.ts";
import { loadTokenTable } from "./tokens.ts";

interface HttpConfig {
  /** How the handlers read the caller from the event (@sluice/http callerOf). */
  auth: AuthMode;
  /** The local server's bearer tokens; undefined when none is configured (the cloud's authorizer decides there). */
  tokens: TokenTable | undefined;
  /** Requests per second per caller, checked after authentication (429 past it); "off" only when asked. */
  rateLimit: RateLimit | "off";
  /** Origins allowed by CORS; empty: no CORS headers. */
  corsOrigins: string[];
  /** Largest request body a route handler takes, bytes. */
  maxBodyBytes: number;
  /** Port of the local server (npm start). */
  port: number;
}

/** Each caller's default: well above an interactive client, below what one caller could do to the shared Redis. */
export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 100, burst: 200 };

// An origin as browsers send it, optionally with one `*` label (`https://*.example.com`), or `*` for any.
const ORIGIN = /^(\*|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i;

function rateLimit(env: Environment): RateLimit | "off" {
  const rate = "SLUICE_API_RATE_PER_SECOND";
  const burstName = "SLUICE_API_RATE_BURST";
  if (text(env, rate) === "off") {
    if (text(env, burstName) !== undefined)
      throw invalid(`${burstName} needs a rate: ${rate} is off`, burstName);
    return "off";
  }
  const perSecond = positiveInteger(env, rate);
  const burst = positiveInteger(env, burstName);
  return {
    perSecond: perSecond ?? DEFAULT_RATE_LIMIT.perSecond,
    burst: burst ?? (perSecond === undefined ? DEFAULT_RATE_LIMIT.burst : 2 * perSecond),
  };
}

export function loadHttpConfig(env: Environment = process.env): HttpConfig {
  const name = "SLUICE_CORS_ORIGINS";
  const corsOrigins = list(env, name).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!ORIGIN.test(origin)) {
      throw invalid(
        `${name} must list origins like https://app.example.com or *, got ${JSON.stringify(origin)}`,
        name,
      );
    }
  }
  const localPort = port(env, "SLUICE_HTTP_PORT") ?? 3000;
  return {
    auth: oneOf(env, "SLUICE_API_AUTH", AUTH_MODES) ?? "jwt",
    tokens: loadTokenTable(env),
    rateLimit: rateLimit(env),
    corsOrigins,
    maxBodyBytes: positiveInteger(env, "SLUICE_HTTP_MAX_BODY_BYTES") ?? 6 * 1024 * 1024,
    port: localPort,
  };
}

/**
 * What the local server (npm start, the launcher) checks: the token table, or "none" only when SLUICE_API_AUTH=none
 * says so. No table otherwise refuses to start: a local API is never open by accident.
 */
export function localServerTokens({ auth, tokens }: HttpConfig): TokenTable | "none" {
  if (auth === "none") {
    if (tokens !== undefined) {
      throw invalid(
        "SLUICE_API_AUTH=none serves without tokens: unset SLUICE_TOKENS / SLUICE_TOKENS_FILE, or SLUICE_API_AUTH",
        "SLUICE_API_AUTH",
      );
    }
    return "none";
  }
  if (auth === "iam") {
    throw invalid("SLUICE_API_AUTH=iam is API Gateway's: the local server checks tokens", "SLUICE_API_AUTH");
  }
  if (tokens === undefined) {
    throw invalid(
      "The local HTTP API needs a token table (SLUICE_TOKENS or SLUICE_TOKENS_FILE), or SLUICE_API_AUTH=none " +
        "to serve without authentication",
      "SLUICE_TOKENS",
    );
  }
  return tokens;
}
