// The HTTP API's settings (functions/config/http.ts): auth mode, the local server's tokens, the per-caller rate, CORS
// origins, body limit and the local server's port; and what the local server may start with (localServerTokens).
import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMIT, loadHttpConfig, localServerTokens } from "../functions/config/http.ts";
import { configError } from "./support/config-error.ts";

const TABLE = JSON.stringify([{ name: "dev", token: "dev-token-0123456789", scopes: ["*"] }]);

describe("HTTP API settings", () => {
  it("defaults to JWT callers, no token table, 100 requests/s per caller, no CORS, 6 MiB bodies, port 3000", () => {
    expect(loadHttpConfig({})).toEqual({
      auth: "jwt",
      tokens: undefined,
      rateLimit: { perSecond: 100, burst: 200 },
      corsOrigins: [],
      maxBodyBytes: 6 * 1024 * 1024,
      port: 3000,
    });
    expect(DEFAULT_RATE_LIMIT).toEqual({ perSecond: 100, burst: 200 });
  });

  it("reads the mode, tokens, rate, origins, limit and port, and needs no Redis for that", () => {
    const config = loadHttpConfig({
      SLUICE_API_AUTH: "iam",
      SLUICE_TOKENS: TABLE,
      SLUICE_API_RATE_PER_SECOND: "20",
      SLUICE_CORS_ORIGINS: "https://app.example.com, https://*.example.org:8443,*",
      SLUICE_HTTP_MAX_BODY_BYTES: "1024",
      SLUICE_HTTP_PORT: "8080",
    });
    expect(config).toMatchObject({
      auth: "iam",
      rateLimit: { perSecond: 20, burst: 40 },
      corsOrigins: ["https://app.example.com", "https://*.example.org:8443", "*"],
      maxBodyBytes: 1024,
      port: 8080,
    });
    expect(config.tokens?.lookup("dev-token-0123456789")?.name).toBe("dev");
    expect(loadHttpConfig({ SLUICE_API_RATE_PER_SECOND: "5", SLUICE_API_RATE_BURST: "1" }).rateLimit).toEqual(
      {
        perSecond: 5,
        burst: 1,
      },
    );
    expect(loadHttpConfig({ SLUICE_API_RATE_PER_SECOND: "off" }).rateLimit).toBe("off");
  });

  it("names the variable of a bad value", () => {
    expect(configError(() => loadHttpConfig({ SLUICE_CORS_ORIGINS: "app.example.com" }))).toBe(
      'SLUICE_CORS_ORIGINS must list origins like https://app.example.com or *, got "app.example.com"',
    );
    expect(configError(() => loadHttpConfig({ SLUICE_HTTP_PORT: "70000" }))).toBe(
      "SLUICE_HTTP_PORT must be a port from 1 to 65535, got 70000",
    );
    expect(configError(() => loadHttpConfig({ SLUICE_HTTP_MAX_BODY_BYTES: "6MB" }))).toMatch(
      /^SLUICE_HTTP_MAX_BODY_BYTES must be a positive integer/,
    );
    expect(configError(() => loadHttpConfig({ SLUICE_API_AUTH: "open" }))).toBe(
      'SLUICE_API_AUTH must be "jwt" or "iam" or "none", got "open"',
    );
    expect(configError(() => loadHttpConfig({ SLUICE_API_RATE_PER_SECOND: "fast" }))).toMatch(
      /^SLUICE_API_RATE_PER_SECOND must be a positive integer/,
    );
    expect(
      configError(() => loadHttpConfig({ SLUICE_API_RATE_PER_SECOND: "off", SLUICE_API_RATE_BURST: "5" })),
    ).toBe("SLUICE_API_RATE_BURST needs a rate: SLUICE_API_RATE_PER_SECOND is off");
  });
});

describe("the local server's tokens", () => {
  it("are the table; without one it refuses to start unless SLUICE_API_AUTH=none says so", () => {
    expect(localServerTokens(loadHttpConfig({ SLUICE_TOKENS: TABLE }))).not.toBe("none");
    expect(localServerTokens(loadHttpConfig({ SLUICE_API_AUTH: "none" }))).toBe("none");
    expect(configError(() => localServerTokens(loadHttpConfig({})))).toMatch(
      /^The local HTTP API needs a token table \(SLUICE_TOKENS or SLUICE_TOKENS_FILE\), or SLUICE_API_AUTH=none/,
    );
    expect(
      configError(() => localServerTokens(loadHttpConfig({ SLUICE_API_AUTH: "none", SLUICE_TOKENS: TABLE }))),
    ).toMatch(/^SLUICE_API_AUTH=none serves without tokens/);
    expect(configError(() => localServerTokens(loadHttpConfig({ SLUICE_API_AUTH: "iam" })))).toMatch(
      /^SLUICE_API_AUTH=iam is API Gateway's/,
    );
  });
});
