// The local server with tokens and CORS on: 401 without a token or with an unknown one (never a 500), public routes
// and preflights without one; CORS headers on answers and errors alike.

import { uniqueStream } from "@sluice/testing/clients";
import { describe, expect, it } from "vitest";
import { useLocalApi } from "./support/http.ts";

const ORIGIN = "https://app.example.com";
const api = useLocalApi({ env: { SLUICE_CORS_ORIGINS: `${ORIGIN},https://*.example.org` } });

describe("tokens (local)", () => {
  it("answers 401 JSON without a token or with an unknown one, and serves the request with a known one", async () => {
    const path = `/v1/streams/${uniqueStream("auth")}/messages`;
    const body = { type: "t", data: 1 };
    const missing = await api.call("POST", path, { body, token: null });
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({
      error: "http.unauthorized",
      message: "Missing token: send Authorization: Bearer <token>",
    });
    const wrong = await api.call("POST", path, { body, token: "guess-guess-guess-guess" });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: "http.unauthorized", message: "Unknown token" });
    const basic = await api.call("GET", "/v1/streams", {
      token: null,
      headers: { authorization: "Basic eDp5" },
    });
    expect(basic.status).toBe(401);
    const right = await api.call("POST", path, { body });
    expect(right.status).toBe(201);
  });

  it("leaves the health check public", async () => {
    expect((await api.call("GET", "/v1/health", { token: null })).status).toBe(200);
  });
});

describe("CORS", () => {
  it("answers a preflight from an allowed origin without a key: 204 with the allowed methods' headers", async () => {
    const response = await api.call("OPTIONS", "/v1/streams/s/messages", {
      token: null,
      headers: {
        origin: ORIGIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(response.headers.get("access-control-max-age")).toBe("300");
    const wildcard = await api.call("OPTIONS", "/v1/streams", {
      headers: { origin: "https://ui.example.org" },
    });
    expect(wildcard.headers.get("access-control-allow-origin")).toBe("https://ui.example.org");
    const other = await api.call("OPTIONS", "/v1/streams", {
      headers: { origin: "https://evil.example.net" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("puts CORS and id headers on answers and on errors", async () => {
    const headers = { origin: ORIGIN };
    const ok = await api.call("GET", "/v1/streams", { headers });
    expect(ok.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(ok.headers.get("access-control-expose-headers")).toContain("x-request-id");
    const error = await api.call("GET", "/v1/streams/nothing-here", { headers });
    expect(error.status).toBe(404);
    expect(error.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(error.headers.get("x-request-id")).toBeTruthy();
    expect(error.headers.get("content-type")).toBe("application/json");
  });
});
