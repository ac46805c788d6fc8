// The request headers browsers may send and the response headers they may read, cross-origin: one list for the
// handlers' own CORS (npm start) and API Gateway's (infra/api.ts). Imports nothing, so the SST app can load it.
export const CORS_ALLOWED_HEADERS = [
  "authorization",
  "content-type",
  "idempotency-key",
  "sluice-durability",
  "traceparent",
  "x-trace-id",
];
export const CORS_EXPOSED_HEADERS = ["idempotent-replayed", "retry-after", "x-request-id", "x-trace-id"];
