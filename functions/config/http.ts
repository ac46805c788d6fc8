// The HTTP API's settings (functions/shared/http-route.ts, npm start's local server), which need no Redis:
// SLUICE_API_KEY (local server), SLUICE_CORS_ORIGINS (comma-separated origins or `*`; default none),
// SLUICE_HTTP_MAX_BODY_BYTES (default 6291456, Lambda's request limit) and SLUICE_HTTP_PORT (default 3000).
import { type Environment, invalid, list, port, positiveInteger, text } from "./env.ts";

interface HttpConfig {
  /** Local server only (`x-api-key`); in the cloud the API Gateway authorizer decides. Unset: no key needed. */
  apiKey: string | undefined;
  /** Origins allowed by CORS; empty: no CORS headers. */
  corsOrigins: string[];
  /** Largest request body a route handler takes, bytes. */
  maxBodyBytes: number;
  /** Port of the local server (npm start). */
  port: number;
}

// An origin as browsers send it, optionally with one `*` label (`https://*.example.com`), or `*` for any.
const ORIGIN = /^(\*|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i;

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
    apiKey: text(env, "SLUICE_API_KEY"),
    corsOrigins,
    maxBodyBytes: positiveInteger(env, "SLUICE_HTTP_MAX_BODY_BYTES") ?? 6 * 1024 * 1024,
    port: localPort,
  };
}
