// The HTTP API's settings (functions/config/http.ts): API key, CORS origins, body limit and the local server's port.
import { describe, expect, it } from "vitest";
import { loadHttpConfig } from "../functions/config/http.ts";
import { configError } from "./support/config-error.ts";

describe("HTTP API settings", () => {
  it("defaults to no API key, no CORS, a 6 MiB body limit and port 3000", () => {
    expect(loadHttpConfig({})).toEqual({
      apiKey: undefined,
      corsOrigins: [],
      maxBodyBytes: 6 * 1024 * 1024,
      port: 3000,
    });
  });

  it("reads the key, origins, limit and port, and needs no Redis for that", () => {
    expect(
      loadHttpConfig({
        SLUICE_API_KEY: " k1 ",
        SLUICE_CORS_ORIGINS: "https://app.example.com, https://*.example.org:8443,*",
        SLUICE_HTTP_MAX_BODY_BYTES: "1024",
        SLUICE_HTTP_PORT: "8080",
      }),
    ).toEqual({
      apiKey: "k1",
      corsOrigins: ["https://app.example.com", "https://*.example.org:8443", "*"],
      maxBodyBytes: 1024,
      port: 8080,
    });
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
  });
});
