import { describe, expect, it } from "vitest";
import { loadProxyConfig, loadRequestConfig } from "../functions/config/requests.ts";

const URL_VAR = { SLUICE_REDIS_URL: "redis://127.0.0.1:6390" };

describe("proxy and request configuration", () => {
  it("defaults", () => {
    expect(loadProxyConfig(URL_VAR, null)).toMatchObject({
      redis: { mode: "standalone", nodes: [{ host: "127.0.0.1", port: 6390 }] },
      routes: [
        { route: "echo", kind: "echo" },
        { route: "delay", kind: "delay" },
      ],
      terminals: 5,
      group: "proxy",
      visibilityTimeoutMs: 5000,
    });
    expect(loadRequestConfig({})).toEqual({
      group: "proxy",
      backlogLimit: 1000,
      defaultTimeoutMs: 10_000,
      replyMode: "list",
    });
    expect(loadRequestConfig({ SLUICE_REPLY_MODE: "stream" }).replyMode).toBe("stream");
  });

  it("routes: built-ins, aliases and forwarders", () => {
    const config = loadProxyConfig(
      {
        ...URL_VAR,
        SLUICE_PROXY_ROUTES: "echo, bench=delay ,orders=https://up.example.com/orders?x=1",
        SLUICE_PROXY_TERMINALS: "150",
      },
      null,
    );
    expect(config.routes).toEqual([
      { route: "echo", kind: "echo" },
      { route: "bench", kind: "delay" },
      { route: "orders", kind: "forward", url: "https://up.example.com/orders?x=1" },
    ]);
    expect(config.terminals).toBe(150);
  });

  it.each([
    ["SLUICE_PROXY_ROUTES", "orders", /not built in/],
    ["SLUICE_PROXY_ROUTES", "Orders=https://x", /invalid route name/],
    ["SLUICE_PROXY_ROUTES", "a=ftp://x", /http\(s\) URL/],
    ["SLUICE_PROXY_ROUTES", "a=not a url", /http\(s\) URL/],
    ["SLUICE_PROXY_ROUTES", "echo,echo", /twice/],
    ["SLUICE_PROXY_TERMINALS", "0", /positive integer/],
  ])("%s=%s is refused", (name, value, message) => {
    expect(() => loadProxyConfig({ ...URL_VAR, [name]: value }, null)).toThrow(message);
  });

  it("SLUICE_REQUEST_BACKLOG_LIMIT", () => {
    expect(loadRequestConfig({ SLUICE_REQUEST_BACKLOG_LIMIT: "50" }).backlogLimit).toBe(50);
    expect(() => loadRequestConfig({ SLUICE_REQUEST_BACKLOG_LIMIT: "lots" })).toThrow(/positive integer/);
  });
});
