import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { logWriter, REDACTED, redactSecrets } from "../src/index.ts";

const SECRETS = ["hunter2", "T0kenValue", "abcdef0123", "eyJhbGciOi.J9.sig", "s3cr3t", "AKIAsecret"];

/** The line redacted, checked to hold none of the test secrets. */
function clean(line: string): string {
  const out = redactSecrets(line);
  for (const secret of SECRETS) expect(out, line).not.toContain(secret);
  return out;
}

describe("redactSecrets", () => {
  it("takes the password out of URL userinfo, keeping scheme, user and host", () => {
    expect(clean("redis://default:hunter2@cache.example:6379")).toBe(
      "redis://default:***@cache.example:6379",
    );
    expect(clean("rediss://:hunter2@cache.example")).toBe("rediss://:***@cache.example");
    expect(clean("connect https://svc:hunter2@up.example/api failed")).toBe(
      "connect https://svc:***@up.example/api failed",
    );
    // An unencoded @ in the password: the userinfo ends at the last @ before the host, as URL parsers read it.
    expect(clean("redis://u:hun@ter2@cache.example/0")).toBe("redis://u:***@cache.example/0");
    // No userinfo: nothing to take; a port is not a password.
    expect(clean("https://up.example:8443/api?x=1")).toBe("https://up.example:8443/api?x=1");
  });

  it("takes the values of secret-looking query parameters, keeping the others", () => {
    expect(
      clean(
        "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4&X-Amz-Credential=AKIAsecret%2F2026&" +
          "X-Amz-Signature=abcdef0123&X-Amz-Security-Token=T0kenValue&part=2",
      ),
    ).toBe(
      "https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4&X-Amz-Credential=***&X-Amz-Signature=***&" +
        "X-Amz-Security-Token=***&part=2",
    );
    for (const name of [
      "token",
      "access_token",
      "key",
      "api_key",
      "apiKey",
      "secret",
      "password",
      "auth",
      "sig",
    ])
      expect(clean(`/hook?${name}=s3cr3t&page=1`), name).toBe(`/hook?${name}=***&page=1`);
  });

  it("takes bearer tokens", () => {
    expect(clean("authorization failed for Bearer eyJhbGciOi.J9.sig")).toBe(
      "authorization failed for Bearer ***",
    );
    expect(clean("bearer T0kenValue==")).toBe("bearer ***");
  });

  it("takes the values of fields named like secrets, in JSON, keeping the line JSON", () => {
    const record = {
      level: "info",
      password: "hunter2",
      redisPassword: 12345,
      token: "T0kenValue",
      tokens: ["T0kenValue", "abcdef0123"],
      headers: { Authorization: "Basic s3cr3t", cookie: "sid=s3cr3t", "x-api-key": "s3cr3t" },
      apiKey: "s3cr3t",
      clientSecret: "s3cr3t",
      credentials: "AKIAsecret",
      authTokenEnabled: true,
      passwordFile: null,
      stream: "orders",
      key: "sluice:{orders}",
    };
    const out = JSON.parse(clean(JSON.stringify(record)));
    expect(out).toEqual({
      level: "info",
      password: REDACTED,
      redisPassword: REDACTED,
      token: REDACTED,
      tokens: [REDACTED],
      headers: { Authorization: REDACTED, cookie: REDACTED, "x-api-key": REDACTED },
      apiKey: REDACTED,
      clientSecret: REDACTED,
      credentials: REDACTED,
      authTokenEnabled: true,
      passwordFile: null,
      stream: "orders",
      key: "sluice:{orders}",
    });
  });

  it("takes them from util.inspect's text of an error and from key=value text", () => {
    const error = Object.assign(new Error("connect failed"), {
      password: "hunter2",
      options: { token: "T0kenValue" },
    });
    const out = clean(inspect(error));
    expect(out).toContain("password: '***'");
    expect(out).toContain("token: '***'");
    expect(clean("retrying with password=hunter2, user=bob")).toBe("retrying with password=***, user=bob");
    expect(clean("Authorization: Basic s3cr3t\nHost: up")).toBe("Authorization: ***\nHost: up");
  });

  it("takes a URL's secrets inside a JSON string and inside JSON nested as text", () => {
    const line = JSON.stringify({
      msg: "proxy started",
      routes: [{ route: "up", url: "https://svc:hunter2@up.example/api?token=T0kenValue&v=1" }],
      text: JSON.stringify({ password: "hunter2", url: "redis://:s3cr3t@h:1" }),
    });
    const out = JSON.parse(clean(line));
    expect(out.routes[0].url).toBe("https://svc:***@up.example/api?token=***&v=1");
    expect(JSON.parse(out.text)).toEqual({ password: REDACTED, url: "redis://:***@h:1" });
  });

  it("leaves lines without secrets as they are, and is idempotent", () => {
    const metric = JSON.stringify({
      _aws: {
        Timestamp: 1,
        CloudWatchMetrics: [{ Namespace: "Sluice", Dimensions: [["Route"]], Metrics: [] }],
      },
      Route: "orders",
      RequestsOk: 3,
    });
    expect(redactSecrets(metric)).toBe(metric);
    const plain = "consumer started: streams orders, events; group g (https://up.example/a?b=1)";
    expect(redactSecrets(plain)).toBe(plain);
    const once = redactSecrets('{"url":"redis://u:hunter2@h?token=x","password":"p","a":"Bearer abcdefgh"}');
    expect(redactSecrets(once)).toBe(once);
  });

  it("takes linear time on long hostile lines (a log line may hold a caller's input)", () => {
    const units = [
      "a",
      "?",
      ";",
      "\\",
      "a.",
      "x://",
      "a://b:",
      '"a":',
      "password",
      "?token",
      'password:\\"',
      "Bearer ",
    ];
    for (const unit of units) {
      const line = unit.repeat(Math.ceil(200_000 / unit.length));
      const started = performance.now();
      redactSecrets(line);
      expect(performance.now() - started, unit).toBeLessThan(200);
    }
  });
});

describe("logWriter", () => {
  it("redacts every line before the writer it wraps sees it", () => {
    const lines: string[] = [];
    const write = logWriter((line) => lines.push(line));
    write(
      JSON.stringify({
        level: "error",
        msg: "fetch failed",
        url: "https://u:hunter2@up.example/?sig=abcdef0123",
      }),
    );
    expect(lines).toEqual([
      JSON.stringify({ level: "error", msg: "fetch failed", url: "https://u:***@up.example/?sig=***" }),
    ]);
  });
});
